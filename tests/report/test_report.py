"""The HTML report: escaping, export, atomic writing, bad input, reproducibility, provenance.

Fast tests drive the pieces directly (tables, figures, the exporter, the writer) with small
notebooks built here; the tests marked slow run the whole pipeline on the seed article (a real
kernel executes the report notebook) and check the page it writes.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shlex
import shutil
import warnings
from pathlib import Path

import nbformat
import pandas as pd
import plotly.graph_objects as go
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from toolkit.cli import build_parser, main
from toolkit.errors import ArticleError, DataWarning, InputError, ReportError
from toolkit.report import blocks, build, collect_articles, default_out, render_report
from toolkit.report.execute import clean_notebook
from toolkit.report.export import arrange_cells, export_html, plotly_js
from toolkit.report.provenance import display_path, reproduce_command

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds"
SEED_TEXT = SEED / "000_fa62c70b439fe6f5.txt"
HOSTILE = ROOT / "tests" / "data" / "malicious"
PAYLOADS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>')
#: The first line of plotly.js as shipped by the plotly package: appears once per page.
PLOTLY_BANNER = plotly_js()[:60]


# ----------------------------------------------------------------------------- escaping
def test_table_escapes_every_header_and_cell():
    frame = pd.DataFrame({PAYLOADS[0]: [PAYLOADS[1]], "speaker": [PAYLOADS[0]], "n": [1.5]})
    markup = blocks.table(frame, caption=PAYLOADS[1], collapsed=PAYLOADS[0]).markup
    assert "<script>" not in markup and "<img" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in markup
    assert '<td class="mr-num">1.5000</td>' in markup


def test_key_values_note_heading_paragraph_escape():
    for block in (
        blocks.key_values([(PAYLOADS[0], PAYLOADS[1])]),
        blocks.note(PAYLOADS[0]),
        blocks.heading(PAYLOADS[1]),
        blocks.paragraph(PAYLOADS[0], cls=PAYLOADS[1]),
    ):
        assert "<script>" not in block.markup and "<img" not in block.markup


def test_formatters():
    assert blocks.fmt_pvalue(0.0004) == "<0.001"
    assert blocks.fmt_pvalue(0.04567) == "0.046"
    assert blocks.fmt_pvalue(float("nan")) == "\u2014"
    assert blocks.fmt_number(2) == "2"
    assert blocks.fmt_number(float("inf")) == "\u2014"
    assert blocks.fmt_number(0.123456, 2) == "0.12"


def test_figures_have_fixed_sequential_ids_and_no_plotlyjs():
    figs = blocks.Figures()
    a = figs.show(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), PAYLOADS[0])
    b = figs.show(go.Figure(go.Bar(x=["a"], y=[1])), "second", height=300)
    assert 'id="mr-fig-1"' in a.markup and 'id="mr-fig-2"' in b.markup
    assert PLOTLY_BANNER not in a.markup
    assert "&lt;script&gt;" in a.markup and "<script>alert" not in a.markup
    bundle = a._repr_mimebundle_()
    assert bundle["application/vnd.plotly.v1+json"]["data"][0]["type"] == "scatter"
    # The same figure gives the same bytes.
    again = blocks.Figures().show(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), PAYLOADS[0])
    assert again.markup == a.markup


# ----------------------------------------------------------------------------- export
def _executed_notebook() -> nbformat.NotebookNode:
    fig = blocks.Figures().show(go.Figure(go.Scatter(x=[1, 2], y=[1, 2])), "chart")
    params = new_code_cell("articles = []", metadata={"tags": ["parameters"]})
    injected = new_code_cell("articles = ['a.txt']", metadata={"tags": ["injected-parameters"]})
    title = new_code_cell(
        "show_title()",
        metadata={"tags": ["mr-code-after"]},
        outputs=[
            new_output("display_data", data={"text/html": "<h1>Title</h1>", "text/plain": "x"})
        ],
    )
    body = new_code_cell(
        "make_chart()",
        outputs=[
            new_output("display_data", data=fig._repr_mimebundle_()),
            new_output("stream", name="stderr", text=f"DataWarning: {PAYLOADS[1]}\n"),
            new_output("execute_result", data={"text/plain": PAYLOADS[0]}, execution_count=3),
            new_output(
                "display_data", data={"application/javascript": "alert(1)", "text/plain": "js"}
            ),
        ],
    )
    return new_notebook(cells=[params, injected, new_markdown_cell("## Section"), title, body])


def test_export_inlines_plotlyjs_once_and_escapes_text_outputs():
    page = export_html(_executed_notebook(), title=PAYLOADS[1], include_code=True, version="1.0")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count(PLOTLY_BANNER) == 1
    assert page.count("<script") == 2  # plotly.js in the head, the figure's newPlot call
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.replace(plotly_js(), ""))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # text/plain result, escaped
    assert "<img src=x" not in page and "alert(1)</script>" not in page
    assert '<title>"&gt;&lt;img src=x onerror=alert(1)&gt;</title>' in page
    assert "Plotly.newPlot" in page and 'id="mr-fig-1"' in page
    # Parameters are not shown; the title's code comes after the title.
    assert "articles = " not in page
    assert page.index("<h1>Title</h1>") < page.index("show_title")
    # JavaScript outputs are never copied into the page: the body's only script draws the figure.
    body = page.split("</head>", 1)[1]
    assert body.count("<script") == 1 and "Plotly.newPlot" in body.split("<script", 1)[1]


def test_export_without_code_has_no_code_blocks():
    with_code = export_html(_executed_notebook(), title="t", include_code=True, version="1.0")
    without = export_html(_executed_notebook(), title="t", include_code=False, version="1.0")
    assert 'class="mr-code"' in with_code and "make_chart" in with_code
    assert 'class="mr-code"' not in without and "make_chart" not in without
    assert ".highlight .kn" in with_code and ".highlight .kn" not in without  # pygments rules


def test_export_is_deterministic():
    a = export_html(_executed_notebook(), title="t", include_code=True, version="1.0")
    b = export_html(_executed_notebook(), title="t", include_code=True, version="1.0")
    assert a == b


def test_export_refuses_external_resources():
    nb = new_notebook(
        cells=[
            new_code_cell(
                "x",
                outputs=[
                    new_output(
                        "display_data",
                        data={"text/html": '<script src="https://cdn.example.org/x.js"></script>'},
                    )
                ],
            )
        ]
    )
    with pytest.raises(ReportError, match="external resource"):
        export_html(nb, title="t", include_code=False, version="1.0")


def test_arrange_cells_does_not_modify_the_notebook():
    nb = _executed_notebook()
    arranged = arrange_cells(nb)
    assert len(nb.cells) == 5
    assert [c.cell_type for c in arranged.cells] == ["markdown", "code", "code", "code"]
    assert arranged.cells[1].source == "" and arranged.cells[2].outputs == []


def test_clean_notebook_removes_run_specific_values():
    nb = _executed_notebook()
    nb.metadata["papermill"] = {
        "start_time": "2025-01-01T00:00:00",
        "input_path": "/tmp/x",
        "parameters": {"a": 1},
    }
    nb.metadata["widgets"] = {"state": {}}
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    for i, cell in enumerate(nb.cells):
        cell.metadata["papermill"] = {"duration": 0.1 * i, "start_time": "2025"}
        cell.metadata["execution"] = {"iopub.status.busy": "2025"}
        cell["id"] = f"random{i}"
        if cell.cell_type == "code":
            cell.execution_count = 10 + i
    clean = clean_notebook(nb)
    assert set(clean.metadata) == {"kernelspec", "market_reaction"}
    assert clean.metadata["market_reaction"]["parameters"] == {"a": 1}
    assert all("papermill" not in c.metadata and "execution" not in c.metadata for c in clean.cells)
    assert [c["id"] for c in clean.cells] == [f"cell-{i:02d}" for i in range(5)]
    assert [c.execution_count for c in clean.cells if c.cell_type == "code"] == [1, 2, 3, 4]
    assert nb.metadata["papermill"]["input_path"] == "/tmp/x"  # the input is untouched
    nbformat.validate(clean)


# ----------------------------------------------------------------------------- inputs
def test_collect_articles_skips_unreadable_and_non_utf8_files_in_a_folder(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder / "a.txt")
    (folder / "a.meta.yaml").write_text("published: 2025-04-09\n")
    (folder / "b.txt").write_bytes("caf\xe9 tariffs".encode("latin-1"))
    (folder / "c.txt").write_text("locked")
    (folder / "notes.csv").write_text("not an article")
    real = os.open

    def open_(path, flags, *args, **kwargs):  # articles are read through os.open
        if os.fspath(path).endswith("c.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.chdir(tmp_path)
    with pytest.warns(DataWarning) as caught:
        found = collect_articles(["articles"])
    assert [a.path.name for a in found.articles] == ["a.txt"]
    assert found.skipped == [
        ("articles/b.txt", "is not UTF-8 text (byte 3)"),
        ("articles/c.txt", "cannot be read (Permission denied)"),
    ]
    assert "skipped articles/b.txt" in str(caught[0].message)


def test_collect_articles_named_non_utf8_file_is_an_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe tariffs")
    with pytest.raises(ArticleError, match="not UTF-8"):
        collect_articles([bad], published="2025-04-09")


def test_collect_articles_needs_an_article(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ArticleError, match="no readable article"):
        collect_articles([tmp_path / "empty"])
    with pytest.raises(InputError, match="neither an article file nor a folder"):
        collect_articles([tmp_path / "missing.txt"])


def test_missing_publication_date_is_one_clean_line_with_exit_2(tmp_path, capsys):
    article = tmp_path / "undated.txt"
    article.write_text("Trump said on Monday that tariffs stay.\n")
    code = main(["report", str(article), "--out", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("market-reaction: error: ")
    assert "--published YYYY-MM-DD" in err and "undated.meta.yaml" in err
    assert "Traceback" not in err
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"event_window": (5, -5)}, "event_window"),
        ({"event_window": (1,)}, "event_window"),
        ({"estimation_window": ("a", "b")}, "estimation_window"),
        ({"source": "ftp"}, "source"),
        ({"model": "factor"}, "factor"),
        ({"model": "nonsense"}, "model"),
        ({"model": "market"}, "benchmark"),
        ({"tickers": []}, "tickers"),
        ({"out": "report.pdf"}, "out"),
        ({"published": "April"}, "published"),
    ],
)
def test_bad_options_are_input_errors(kwargs, match, tmp_path):
    kwargs.setdefault("out", tmp_path / "r.html")
    with pytest.raises(InputError, match=match):
        render_report(SEED_TEXT, **kwargs)


def test_default_out():
    assert default_out([SEED]) == Path("reports/seeds.html")
    assert default_out([SEED_TEXT]) == Path("reports/000_fa62c70b439fe6f5.html")
    assert default_out([SEED, SEED_TEXT]) == Path("reports/report.html")


# ----------------------------------------------------------------------------- writing
def test_unwritable_output_folder_is_a_report_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(ReportError, match="Parameter `out`: cannot write to"):
        render_report(SEED_TEXT, out=blocker / "sub" / "r.html")
    assert main(["report", str(SEED_TEXT), "--out", str(blocker / "r.html")]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("market-reaction: error: Parameter `out`: cannot write to")
        and "Traceback" not in err
    )


def _fake_execute(nb: nbformat.NotebookNode):
    def run(template, parameters, *, cwd, timeout):
        return nb

    return run


def test_report_is_written_atomically_and_failures_leave_nothing(tmp_path, monkeypatch):
    out = tmp_path / "reports" / "r.html"
    monkeypatch.setattr(build, "execute_notebook", _fake_execute(_executed_notebook()))
    assert render_report(SEED_TEXT, out=out, keep_notebook=True) == out
    first = out.read_bytes()
    assert first.startswith(b"<!DOCTYPE html>") and first.endswith(b"</html>\n")
    nbformat.validate(nbformat.reads(out.with_suffix(".ipynb").read_text(), as_version=4))
    assert sorted(p.name for p in out.parent.iterdir()) == ["r.html", "r.ipynb"]

    def boom(*args, **kwargs):
        raise ReportError("export failed")

    monkeypatch.setattr(build, "export_html", boom)
    with pytest.raises(ReportError, match="export failed"):
        render_report(SEED_TEXT, out=out, keep_notebook=True)
    assert out.read_bytes() == first  # the previous report is untouched
    assert sorted(p.name for p in out.parent.iterdir()) == ["r.html", "r.ipynb"]  # no temp files


def test_notebook_failure_is_a_report_error_naming_the_cell(tmp_path, monkeypatch):
    from papermill.exceptions import PapermillExecutionError

    import toolkit.report.execute as execute

    def fail(*args, **kwargs):
        raise PapermillExecutionError(4, 4, "load_prices()", "DataSourceError", "no network", [])

    monkeypatch.setattr("papermill.execute_notebook", fail)
    with pytest.raises(ReportError, match="stopped in cell 4: DataSourceError: no network"):
        execute.execute_notebook(build.TEMPLATE, {}, cwd=tmp_path)


# ----------------------------------------------------------------------------- provenance
def test_reproduce_command_parses_back_to_the_same_options():
    command = reproduce_command(
        ["seeds", "my articles/a.txt"],
        out="reports/seed.html",
        options={
            "published": "2025-04-09",
            "tickers": ["^GSPC", "XLK"],
            "model": "market",
            "event_window": [-5, 5],
            "no_code": True,
            "stamp": False,
        },
    )
    argv = shlex.split(command)
    assert argv[:2] == ["market-reaction", "report"]
    args = build_parser().parse_args(argv[1:])
    assert args.inputs == ["seeds", "my articles/a.txt"]
    assert args.tickers == ["^GSPC", "XLK"] and args.model == "market"
    assert args.event_window == [-5, 5] and args.no_code and not args.stamp
    assert args.out == "reports/seed.html" and args.published == "2025-04-09"


def test_display_path_is_relative_inside_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    assert display_path(tmp_path / "a" / "x.txt") == "a/x.txt"
    assert display_path("/elsewhere/x.txt") == "/elsewhere/x.txt"


# ----------------------------------------------------------------------------- whole pipeline
@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory):
    """The seed report rendered twice, from a copy of seeds/ in a fresh working folder."""
    work = tmp_path_factory.mktemp("work")
    shutil.copytree(SEED, work / "seeds")
    mp = pytest.MonkeyPatch()
    mp.chdir(work)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            first = render_report(["seeds"], out="reports/seed.html", keep_notebook=True)
            a = first.read_bytes()
            first.rename(work / "reports" / "first.html")
            second = render_report(["seeds"], out="reports/seed.html", keep_notebook=True)
            b = second.read_bytes()
    finally:
        mp.undo()
    return work, a, b


@pytest.mark.slow
def test_two_runs_give_byte_identical_html(seed_reports):
    work, a, b = seed_reports
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    assert a == b, (
        f"first difference at byte {at}: {a[at - 80 : at + 80]!r} vs {b[at - 80 : at + 80]!r}"
    )
    assert (work / "reports" / "first.html").read_bytes() == a


@pytest.mark.slow
def test_seed_report_holds_every_section(seed_reports):
    work, a, _ = seed_reports
    page = a.decode("utf-8")
    for heading in (
        "Summary",
        "Articles",
        "Statements",
        "Events",
        "Market claims",
        "Event study",
        "Cumulative abnormal returns",
        "Abnormal returns by day",
        "Tests",
        "Event regression",
        "Comparison by stance",
        "Methods",
        "Provenance",
    ):
        assert re.search(rf"<h[23][^>]*>{re.escape(heading)}", page), heading
    assert "Trump administration officials on tariffs" in page  # sidecar title
    assert "Karoline Leavitt" in page and "Jamieson Greer" in page  # statements table
    # the seed's market claims (tests/study/test_claims.py works them out by hand)
    assert page.count(">intraday wording<") == 2 and "after three days of punishing losses" in page
    assert "<th>market claims</th>" in page and "consistent; not checkable" in page
    for column in ("CAR", "BHAR", "J1", "GRANK", "p"):
        assert f">{column}</th>" in page
    assert page.count(PLOTLY_BANNER) == 1
    n_figures = len(re.findall(r'<div [^>]*id="mr-fig-\d+"', page))
    assert n_figures == page.count("Plotly.newPlot(") == 5
    assert "<script src" not in page and "cdn." not in page.replace(plotly_js(), "")


@pytest.mark.slow
def test_seed_report_provenance_is_checkable(seed_reports):
    from toolkit.market import load_prices

    work, a, _ = seed_reports
    page = a.decode("utf-8")
    assert hashlib.sha256(SEED_TEXT.read_bytes()).hexdigest() in page
    first = re.search(r"<th>first session</th><td>(\d{4}-\d\d-\d\d)</td>", page).group(1)
    last = re.search(r"<th>last session</th><td>(\d{4}-\d\d-\d\d)</td>", page).group(1)
    data = load_prices(["^GSPC"], first, last, source="snapshot")
    assert data.sha256 in page
    command = html.unescape(re.search(r'<pre class="mr-command">(.*?)</pre>', page, re.S).group(1))
    args = build_parser().parse_args(shlex.split(command)[1:])
    assert (args.inputs, args.out, args.tickers, args.model) == (
        ["seeds"],
        "reports/seed.html",
        ["^GSPC"],
        "constant_mean",
    )
    assert (args.event_window, args.estimation_window, args.source) == (
        [-5, 5],
        [-250, -11],
        "snapshot",
    )
    assert "<th>pandas</th><td>" + pd.__version__ + "</td>" in page
    # No absolute path of this machine leaks into the page.
    html_only = page.replace(plotly_js(), "")
    for leak in (str(work), str(ROOT), "site-packages", "/tmp/"):
        assert leak not in html_only, leak


@pytest.mark.slow
def test_kept_notebook_is_valid_and_free_of_run_specific_values(seed_reports):
    work, _, _ = seed_reports
    nb = nbformat.read(work / "reports" / "seed.ipynb", as_version=4)
    nbformat.validate(nb)
    assert "papermill" not in nb.metadata
    assert nb.metadata["market_reaction"]["parameters"]["articles"] == [
        "seeds/000_fa62c70b439fe6f5.txt"
    ]
    assert all("papermill" not in c.metadata and "execution" not in c.metadata for c in nb.cells)
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)
    figures = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if "application/vnd.plotly.v1+json" in o.get("data", {})
    ]
    assert len(figures) == 5


# ----------------------------------------------------------------------------- market claims
def _claims_frame() -> tuple[pd.DataFrame, pd.DataFrame]:
    from toolkit.study.claims import check_market_claims

    statements = pd.DataFrame(
        {
            "statement_id": ["s001", "s002", "s003"],
            "kind": ["market", "market", "quote"],
            "text": [
                "The S&P 500 fell 4.84% on Thursday, its worst day since 2008.",
                f"Shares of {PAYLOADS[0]} fell 12% on Thursday.",
                "Stocks could fall 20%.",
            ],
            "date": pd.to_datetime(["2025-04-03", "2025-04-03", "2025-04-03"]),
            "precision": "day",
        }
    )
    return statements, check_market_claims(statements, source="snapshot")


def test_market_claims_section_escapes_and_shows_verdicts():
    from toolkit.report import sections

    statements, claims = _claims_frame()
    block = sections.market_claims(claims, source="snapshot")
    markup = block.markup
    assert markup.startswith("<h2>Market claims</h2>")
    assert "<script>" not in markup
    # -4.84% on 2025-04-03 (5,670.97 -> 5,396.52): consistent; 2020 had worse days than that
    assert ">-4.84%<" in markup and ">consistent<" in markup and ">inconsistent<" in markup
    assert ">no index or asset recognised<" in markup
    assert (
        "3 claims about the market in the articles: 1 consistent, 1 inconsistent, 1 not checkable"
        in markup
    )
    table = sections.statements_table(statements, claims).markup
    assert "<th>market claims</th>" in table and "consistent; inconsistent" in table


def test_market_claims_section_is_left_out_without_claims():
    from toolkit.report import sections

    statements, claims = _claims_frame()
    assert sections.market_claims(claims.iloc[0:0], source="snapshot") is None
    assert "market claims" not in sections.statements_table(statements, claims.iloc[0:0]).markup
