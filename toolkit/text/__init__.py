"""Text understanding: from a news article to dated policy statements.

The stage runs in this order (each a module of its own):

- :mod:`toolkit.text.articles`: load an article (text, publication date, time zone, sidecar);
- :mod:`toolkit.text.quotes`: paragraphs, sentences and quotation spans;
- :mod:`toolkit.text.timex`: time expressions resolved against the publication date
  (:func:`resolve_dates`);
- :mod:`toolkit.text.speakers`: names, titles, pronouns and bodies;
- :mod:`toolkit.text.statements`: :func:`extract_statements` and :class:`StatementSet`, the
  extractor's stages put together;
- :mod:`toolkit.text.stance`: the stance lexicon;
- :mod:`toolkit.text.corpus`: many articles at once;
- :mod:`toolkit.text.evaluation`: scores against a hand annotation.

Nothing here reads prices: the output is a :class:`StatementSet`, which
:func:`toolkit.study.events.align_events` turns into event days.
"""
