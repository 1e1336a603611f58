"""Hosts and registrable domains, without network look-ups or a public-suffix dependency.

Links are grouped by registrable domain ("blog.example.co.uk" and "www.example.co.uk" are one site):
the last two labels, or three under a two-part public suffix from the short list below. Hosted
platforms (blogspot, wordpress.com, ...) are in the list too, since each of their subdomains is a
different owner and link networks live on them.
"""

from __future__ import annotations

import re
from functools import lru_cache

TWO_PART_SUFFIXES = frozenset({
    "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk", "nhs.uk",
    "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au",
    "co.nz", "org.nz", "net.nz", "ac.nz", "govt.nz",
    "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp",
    "com.br", "net.br", "org.br", "gov.br", "edu.br",
    "co.za", "org.za", "gov.za", "co.in", "net.in", "org.in", "gov.in", "ac.in",
    "com.mx", "com.ar", "com.co", "com.pe", "com.tr", "com.ua", "com.pl", "com.cn", "com.tw", "com.hk",
    "com.sg", "com.my", "com.ph", "com.pk", "com.sa", "com.eg", "com.ng", "com.vn", "co.kr", "or.kr",
    "co.id", "or.id", "co.il", "org.il", "co.th", "in.th", "co.ke", "com.es", "com.pt", "gov.pl",
    # hosted platforms: every subdomain is a separate site
    "blogspot.com", "wordpress.com", "tumblr.com", "github.io", "netlify.app", "vercel.app",
    "herokuapp.com", "weebly.com", "wixsite.com", "webflow.io", "substack.com", "medium.com",
    "livejournal.com", "typepad.com", "jimdosite.com", "site123.me", "over-blog.com", "pages.dev",
})

# One regex for the whole host, not a loop over labels: host_of runs once per row of a 100,000-row file.
_HOST = re.compile(r"(?:(?!-)[a-z0-9_\u00a1-\uffff-]{1,63}(?<!-)\.)+(?!-)[a-z0-9\u00a1-\uffff-]{1,63}(?<!-)")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_WWW = re.compile(r"^www\d*\.")
_SPACE = re.compile(r"\s")
_AUTHORITY_END = re.compile(r"[/?#\\]")


def _valid_host(host: str) -> bool:
    if _IPV4.fullmatch(host):
        return True
    return len(host) <= 253 and bool(_HOST.fullmatch(host)) and not host.rpartition(".")[2].isdigit()


def host_of(url: str) -> str | None:
    """The lower-case host of a web address ('https://Blog.Example.com:8080/x' -> 'blog.example.com');
    None for anything that is not one (mailto:, javascript:, 'n/a', a bare word). A missing scheme is
    allowed: exports and people write 'example.com/page'."""
    text = url.strip()
    if not text or _SPACE.search(text):
        return None
    scheme_end = text.find("://")
    if scheme_end > 0:
        if text[:scheme_end].lower() not in ("http", "https"):
            return None
        rest = text[scheme_end + 3:]
    else:
        rest = text[2:] if text.startswith("//") else text
    end = _AUTHORITY_END.search(rest)
    authority = rest[:end.start()] if end else rest
    if "@" in authority and scheme_end <= 0:
        return None  # an e-mail address ('mailto:jo@example.com', 'jo@example.com')
    return _host_of_authority(authority)


@lru_cache(maxsize=65536)
def _host_of_authority(authority: str) -> str | None:
    """Cached by authority ('user@Example.com:8080'): a site's pages share it, its URLs do not."""
    host, colon, port = authority.rpartition("@")[2].partition(":")
    if colon and port and not port.isdigit():
        return None  # 'javascript:void(0)', 'example.com:abc'
    host = host.lower().rstrip(".")
    return host if host and _valid_host(host) else None


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """'www.blog.example.co.uk' -> 'example.co.uk'; 'shop.example.com' -> 'example.com'."""
    host = _WWW.sub("", host.lower().rstrip("."))
    if _IPV4.fullmatch(host):
        return host
    labels = host.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in TWO_PART_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def domain_of(url: str) -> str | None:
    host = host_of(url)
    return registrable_domain(host) if host else None


def name_label(domain: str) -> str:
    """The part of a registrable domain its owner chose: 'acme-dental.co.uk' -> 'acme-dental'."""
    labels = domain.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in TWO_PART_SUFFIXES:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def brand_terms_from_domain(domain: str) -> list[str]:
    """A brand guessed from the site's own domain: 'acme-dental.co.uk' -> ['acme dental', 'acmedental']."""
    label = name_label(domain)
    spaced = " ".join(part for part in re.split(r"[-_]+", label) if part)
    squashed = spaced.replace(" ", "")
    return sorted({spaced, squashed}) if spaced else []


class InvalidDomain(ValueError):
    """A domain that cannot go into a disavow file, with the reason in plain words."""


_DOMAIN_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def validate_domain(name: str) -> str:
    """The domain as a disavow file writes it (lower case, no trailing dot, IDN as punycode), or
    InvalidDomain saying what is wrong with it."""
    text = name.strip()
    if text.lower().startswith("domain:"):
        text = text[len("domain:"):].strip()
    if not text:
        raise InvalidDomain("an empty domain name")
    shown = text[:80]
    if "://" in text or "/" in text:
        raise InvalidDomain(f"'{shown}' is a web address, not a domain name (write just the domain, "
                            "like example.com)")
    if any(c.isspace() or c in "*?@:,;#\"'<>" for c in text):
        raise InvalidDomain(f"'{shown}' is not a domain name (it holds a space or a character like * @ :)")
    text = text.lower().rstrip(".")
    try:
        ascii_name = text.encode("idna").decode("ascii")
    except UnicodeError:
        raise InvalidDomain(f"'{shown}' is not a domain name") from None
    labels = ascii_name.split(".")
    if len(labels) < 2:
        raise InvalidDomain(f"'{shown}' is not a domain name (it needs a dot, like example.com)")
    if len(ascii_name) > 253 or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        raise InvalidDomain(f"'{shown}' is not a domain name")
    if labels[-1].isdigit() or not (labels[-1].isalpha() or labels[-1].startswith("xn--")):
        raise InvalidDomain(f"'{shown}' does not end in a real top-level domain (like .com or .co.uk)")
    return ascii_name
