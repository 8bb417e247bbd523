"""Text understanding: from a news article to dated policy statements.

The stage runs in this order (each a module of its own):

- :mod:`toolkit.text.articles`: load an article (text, publication date, time zone, sidecar);
- :mod:`toolkit.text.quotes`: paragraphs, sentences and quotation spans;
- :mod:`toolkit.text.timex`: time expressions resolved against the publication date
  (:func:`resolve_dates`);
- :mod:`toolkit.text.speakers`: names, titles, pronouns and bodies;
- :mod:`toolkit.text.statements`: :func:`extract_statements` and :class:`StatementSet`, the
  extractor's stages put together in one tuple, ``STAGES``, that runs them in order over a
  :mod:`~toolkit.text.document` (the article, built once): :mod:`~toolkit.text.units`
  (paragraphs, sentences, clauses), :mod:`~toolkit.text.kinds` (quote, paraphrase, action,
  scheduled, market; with :mod:`~toolkit.text.attribution` for the subject of a cue or verb
  and :mod:`~toolkit.text.referents` for who it is), :mod:`~toolkit.text.referents` again
  (carried speakers), :mod:`~toolkit.text.dating` (a unit's own date),
  :mod:`~toolkit.text.merge`, :mod:`~toolkit.text.inheritance` (dates from an earlier
  occasion), :mod:`~toolkit.text.nested` (announced events) and the stance; each stage
  module states its rules. Their words are data in :mod:`toolkit.text.vocabulary`, compiled
  in :mod:`toolkit.text.patterns`;
- :mod:`toolkit.text.stance`: the stance lexicons, one per policy topic;
- :mod:`toolkit.text.topics`: the policy topics (trade, monetary, sanctions, fiscal): their
  stance names, detection from an article's words and the report's wording;
- :mod:`toolkit.text.corpus`: many articles at once;
- :mod:`toolkit.text.evaluation`: scores against a hand annotation.

Nothing here reads prices: the output is a :class:`StatementSet`, which
:func:`toolkit.study.events.align_events` turns into event days.
"""
