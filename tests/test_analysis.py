"""Analysis: dyad series per quad class in both directions, trend verdicts, network, plots."""

from __future__ import annotations

import pytest

from detente.analysis import actor_network, dyad_series, load_quads, trend_of
from detente.analysis import quads as quads_module
from detente.analysis.plot import plot_dyad, plot_network
from detente.errors import DataFileError, OptionError
from detente.model import PLOVER_TYPES
from detente.store import Store

from store_records import coded

SANCTION = ("Washington", "sanctioned", "Minsk", "SANCTION")
PRAISE = ("Washington", "praised", "Minsk", "SUPPORT")
THANKS = ("Minsk", "thanked", "Washington", "SUPPORT")
AIDS = ("Washington", "aided", "Minsk", "AID")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "a.duckdb") as s:
        yield s


def warming(store: Store) -> None:
    """Sanctions early in 2015, then more and more cooperation each month."""
    docs = [coded("jan", "2015-01-12", [SANCTION, SANCTION[:3] + ("THREATEN",)]),
            coded("feb", "2015-02-12", [SANCTION]),
            coded("mar", "2015-03-12", [PRAISE]),
            coded("apr", "2015-04-12", [PRAISE, THANKS]),
            coded("may", "2015-05-12", [PRAISE, THANKS, AIDS]),
            coded("jun", "2015-06-12", [PRAISE, THANKS, AIDS, ("Belarus", "met", "the United States", "CONSULT")])]
    store.write(docs)


def test_analysis_quads_cover_every_plover_type():
    quads = load_quads()
    assert set(quads) == set(PLOVER_TYPES)
    assert quads["SANCTION"] == "material_conflict" and quads["CONSULT"] == "verbal_cooperation"


# Seven good lines, every PLOVER type once; each bad tail below starts on line 8.
GOOD_QUADS = ("verbal_cooperation: [AGREE, CONSULT, SUPPORT]\n"
              "# a comment line\n"
              "material_cooperation:\n"
              "  - CONCEDE\n"
              "  - COOPERATE\n"
              "  - AID\n"
              "  - RETREAT\n")
CONFLICT_QUADS = ("verbal_conflict: [REQUEST, ACCUSE, REJECT, THREATEN]\n"
                  "material_conflict: [PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT]\n")


@pytest.fixture
def fresh_quads():
    """No quad classes cached from the shipped file, before or after the test."""
    quads_module.load_quads.cache_clear()
    yield
    quads_module.load_quads.cache_clear()


@pytest.mark.parametrize("tail, line, reason", [
    ("verbal_conflict:\n  - REQUEST\n  - PARLEY\n", 10, "unknown PLOVER type 'PARLEY'"),
    ("cold_war: [ACCUSE]\n", 8, "unknown quad class 'cold_war'"),
    ("verbal_conflict: [REQUEST, ACCUSE, REJECT, THREATEN]\nmaterial_conflict:\n  - PROTEST\n  - AID\n",
     11, "AID listed twice"),
    ("verbal_conflict: THREATEN\n", 8, "verbal_conflict: expected a list of PLOVER types"),
    ("verbal_cooperation: [REQUEST]\n", 8, "duplicate key 'verbal_cooperation'"),
    ("verbal_conflict: [REQUEST, ACCUSE, REJECT, THREATEN]\n", 0, "types without a quad class: ['ASSAULT', "),
])
def test_analysis_bad_quad_entry_names_its_own_line(tmp_path, fresh_quads, tail, line, reason):
    bad = tmp_path / "quad.yaml"
    bad.write_text(GOOD_QUADS + tail, encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        load_quads(bad)
    assert f"{bad}:{line}: " in str(error.value) and reason in str(error.value)
    assert load_quads.cache_info().currsize == 0  # nothing kept from half a file
    assert load_quads()["AID"] == "material_cooperation"


def test_analysis_good_quad_file_loads_from_a_path(tmp_path, fresh_quads):
    good = tmp_path / "quad.yaml"
    good.write_text(GOOD_QUADS + CONFLICT_QUADS, encoding="utf-8")
    assert load_quads(good) == load_quads()


def test_analysis_cli_shows_a_bad_quad_file_as_one_line(tmp_path, monkeypatch, run_cli, fresh_quads):
    bad = tmp_path / "quad.yaml"
    bad.write_text(GOOD_QUADS + "verbal_conflict:\n  - REQUEST\n  - PARLEY\n", encoding="utf-8")
    monkeypatch.setattr(quads_module, "QUAD_FILE", bad)
    with Store(tmp_path / "a.duckdb") as s:
        warming(s)
    assert run_cli("dyad", "BLR", "USA", "--db", tmp_path / "a.duckdb") == (
        2, [f"detente: {bad}:10: unknown PLOVER type 'PARLEY' [E030]"])


def test_analysis_dyad_counts_both_directions(store):
    warming(store)
    series = dyad_series(store, "BLR", "USA", by="month")
    assert [r["period"] for r in series.rows] == ["2015-01", "2015-02", "2015-03", "2015-04", "2015-05", "2015-06"]
    apr = series.rows[3]
    assert apr["verbal_cooperation"] == 2
    assert apr["verbal_cooperation_ab"] == 1 and apr["verbal_cooperation_ba"] == 1
    jan = series.rows[0]
    assert jan["material_conflict"] == 1 and jan["verbal_conflict"] == 1
    assert jan["net_cooperation"] == -2 and series.rows[-1]["net_cooperation"] == 4
    assert jan["material_conflict_ba"] == 1 and jan["material_conflict_ab"] == 0  # USA acted on BLR
    assert series.rows[2]["intensity"] == 1.0


def test_analysis_trend_verdict_says_cooperation_rose(store):
    warming(store)
    trend = dyad_series(store, "BLR", "USA", by="month").trend
    assert trend.verdict.startswith("cooperation rose over 2015-01..2015-06")
    assert trend.low > 0 and trend.slope > 0


def test_analysis_trend_verdicts_fell_and_no_change():
    def rows(values):
        return [{"period": f"2015-{i + 1:02d}", "net_cooperation": v} for i, v in enumerate(values)]

    assert trend_of(rows([3, 2, 1, 0, -1, -2]), "month").verdict.startswith("cooperation fell over 2015-01..2015-06")
    assert trend_of(rows([1, -1, 1, -1, 1, -1, 1]), "month").verdict.startswith("no significant change")
    assert trend_of(rows([1, 2]), "month").slope is None


def test_analysis_wire_copies_do_not_double_counts(store):
    store.write([coded("story", "2015-06-10", [SANCTION]),
                 coded("copy", "2015-06-10", [SANCTION], extra="Reprinted.", duplicate_of="story"),
                 coded("update", "2015-06-10", [SANCTION], extra="Updated later that day.")])
    [row] = dyad_series(store, "USA", "BLR").rows
    assert row["material_conflict"] == 1 and row["events"] == 1


def test_analysis_periods_fill_gaps_and_respect_bounds(store):
    store.write([coded("q1", "2015-02-01", [PRAISE]), coded("q3", "2015-08-01", [PRAISE], extra="Again.")])
    series = dyad_series(store, "USA", "BLR", by="quarter", since="2015", until="2015")
    assert [r["period"] for r in series.rows] == ["2015-Q1", "2015-Q2", "2015-Q3", "2015-Q4"]
    assert [r["events"] for r in series.rows] == [1, 0, 1, 0]
    weeks = dyad_series(store, "USA", "BLR", by="week", since="2015-02-01", until="2015-02-14")
    assert [r["period"] for r in weeks.rows] == ["2015-W05", "2015-W06", "2015-W07"]
    with pytest.raises(OptionError):
        dyad_series(store, "USA", "BLR", by="fortnight")


def test_analysis_network_edges_and_nodes(store):
    warming(store)
    store.write([coded("ru", "2015-03-03", [("Moscow", "threatened", "Kyiv", "THREATEN")])])
    net = actor_network(store, since="2015-01", until="2015-12")
    edges = {(e["source"], e["target"]): e for e in net.edges}
    assert edges[("RUS", "UKR")]["n_events"] == 1
    assert edges[("USA", "BLR")]["n_events"] >= 5
    assert {n["id"] for n in net.nodes} == {"USA", "BLR", "RUS", "UKR"}
    assert actor_network(store, since="2016").edges == []


def test_analysis_plots_write_png_and_svg(store, tmp_path):
    warming(store)
    series = dyad_series(store, "BLR", "USA")
    png = plot_dyad(series, tmp_path / "dyad.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = plot_network(actor_network(store), tmp_path / "net.svg")
    assert "<svg" in svg.read_text()[:500]
    with pytest.raises(OptionError):
        plot_dyad(series, tmp_path / "dyad.gif")
