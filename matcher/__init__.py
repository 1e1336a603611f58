"""The matcher domain: vetting SEO providers and matching them to buyers' briefs. No Flask here."""
