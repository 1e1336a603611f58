"""Schemas of the HTML forms and the pages' query strings: only the web reads them."""
