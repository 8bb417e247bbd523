"""Event-study statistics: from event days and returns to abnormal returns, CARs and tests.

- :mod:`toolkit.study.events`: :func:`align_events` (statements to NYSE day-0 sessions) and
  :class:`EventSet`;
- :mod:`toolkit.study.windows`: estimation and event windows;
- :mod:`toolkit.study.models`: normal-return models (constant mean, market, factor, GARCH, ...);
- :mod:`toolkit.study.model`: :class:`EventStudy` and the checks of its inputs and options;
- :mod:`toolkit.study.inputs`: returns, benchmark and factors on one index, and the design;
- :mod:`toolkit.study.results`: :class:`EventStudyResults` and its summary;
- :mod:`toolkit.study.inference` and :mod:`toolkit.study.ranks`: the test battery;
- :mod:`toolkit.study.regression`: the dummy-variable regression for clustered events;
- :mod:`toolkit.study.car_regression`: cross-sectional regression of CARs on characteristics;
- :mod:`toolkit.study.exports`: results to Excel, LaTeX and CSV.

Modules with a leading underscore are the engine's private machinery: :mod:`._engine` (the
estimation of every event-asset pair), :mod:`._blocks` (where the pairs are, and blocks of events
on threads), :mod:`._cross_section` (the tests per CAR window and group), :mod:`._engine_ranks`
(GRANK's second pass), :mod:`._rank_kernels` and :mod:`._workspace`.
"""
