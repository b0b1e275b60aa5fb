"""The temporal stage: time expressions and publication dates.

- ``lexicon``: month, weekday and time words, loaded once from the data files;
- ``scan``: where an expression may start; ``grammar``: what it says (a :class:`Mention`);
- ``resolve``: its TIMEX3 value against a publication day or interval;
- ``publication``: the publication date from datelines, the text, captions and bounds;
- ``stage``: ``run`` and ``with_published``; ``dateline``: date-only lines for cleaning;
- ``compare``: figures for the benchmark against dateparser.
"""
