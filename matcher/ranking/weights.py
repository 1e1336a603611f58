"""The ranking's weights, in one place. They sum to 1, so a score reads as a share of a perfect match.

Why these values (tuned on the development half of bench/data, checked on the held-out half):
- semantic (scope vs. the provider's own texts) carries the most: it is the only factor that reads what the
  buyer actually asked for, beyond the taxonomy;
- industry experience is the next thing buyers ask about, and is often only visible in case studies or text;
- service coverage is partly enforced as a hard filter already, so its weight only ranks among the eligible;
- trust keeps well-disclosed, verified providers above thin or lightly flagged ones, and those whose
  clients' backlink exports show their links above those who only describe them;
- budget and market fit are mostly hard filters; their weight only separates comfortable from marginal fits.
"""

WEIGHTS: dict[str, float] = {
    "semantic": 0.25,
    "services": 0.22,
    "industry": 0.18,
    "budget": 0.14,
    "market": 0.13,
    "trust": 0.08,
}

# Cosine similarities of all-MiniLM-L6-v2 between a brief and a relevant profile sit around 0.3-0.7;
# this maps [FLOOR, FLOOR + SPAN] onto [0, 1].
SEMANTIC_FLOOR = 0.15
SEMANTIC_SPAN = 0.60

# Industry experience by the kind of evidence.
INDUSTRY_DECLARED = 1.0
INDUSTRY_CASE_STUDY = 1.0
INDUSTRY_TEXT = 0.85
INDUSTRY_ADJACENT = 0.4
# A provider that names no industry at all (a generalist) is no mismatch: it scores as an adjacent one, above
# a specialist in unrelated industries (a dental marketing agency for a university's tender).
INDUSTRY_UNSTATED = 0.4
# A factor the brief says nothing about: the same for every provider, so it does not change the order.
NEUTRAL = 0.5
# A provider whose line is local SEO (among at most LOCAL_SHOP_SERVICES listed services) keeps this share of
# its service coverage for a brief with no local need: a documentation site's technical audit is not a
# map-pack and citation shop's work, though both list "SEO audit" (real briefs, data/match_real).
LOCAL_SHOP_SERVICES = 2
LOCAL_SHOP_SHARE = 0.7
# A service shown only in the provider's text, not in its declared list.
SERVICE_TEXT_CREDIT = 0.8
# Each open medium-severity finding takes this much off the total score (at most MEDIUM_PENALTY_CAP):
# an admin has not cleared the claim yet, so the provider should sit below comparable clean ones.
MEDIUM_FINDING_PENALTY = 0.1
MEDIUM_PENALTY_CAP = 0.2
VERIFIED_BONUS = 0.1
# Trust factor credit per client whose backlink export backs the provider's work (link evidence with
# nothing contradicting its statements), up to EVIDENCE_CLIENTS_MAX clients: links shown, not claimed.
EVIDENCE_BONUS = 0.1
EVIDENCE_CLIENTS_MAX = 3
# Budget factor ceiling for a provider whose maximum is below the buyer's minimum, scaled by how far below.
UNDERSIZED_CAP = 0.6
# Market factor for a provider that does not say whether it serves a required market (it stays eligible,
# below those that do), and for one in another country when the buyer said location does not matter.
MARKET_UNSTATED = 0.3
MARKET_REMOTE_OTHER = 0.5
# How much of the industry factor counts when the industry was read from the scope, not chosen.
INFERRED_INDUSTRY_SHARE = 0.5
