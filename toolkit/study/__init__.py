"""Event-study statistics: from event days and returns to abnormal returns, CARs and tests.

- :mod:`toolkit.study.events`: :func:`align_events` (statements to NYSE day-0 sessions) and
  :class:`EventSet`;
- :mod:`toolkit.study.windows`: estimation and event windows;
- :mod:`toolkit.study.models`: normal-return models (constant mean, market, factor, GARCH, ...);
- :mod:`toolkit.study.eventstudy`: :class:`EventStudy` and :class:`EventStudyResults`;
- :mod:`toolkit.study.inference` and :mod:`toolkit.study.ranks`: the test battery;
- :mod:`toolkit.study.regression`: the dummy-variable regression for clustered events.

Modules with a leading underscore are the engine's private machinery.
"""
