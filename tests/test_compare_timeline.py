"""binational.compare.timeline(): every dated entry, in a documented order."""

from __future__ import annotations

from binational import compare
from binational.compare import EntryKind

from .comparing import CORPUS


class TestTimeline:
    def test_ordered(self) -> None:
        """Entries are in the documented order."""
        t = compare.timeline()
        keys = [e.sort_key for e in t if e.date]
        assert sorted(keys) == keys
        assert len(keys) == len(t)

    def test_no_event_lost(self) -> None:
        """Every event of every initiative and actor is on the timeline, dated or apart."""
        t = compare.timeline()
        holders = (*CORPUS.initiatives, *CORPUS.actors)
        events = [(o.id, e.kind) for o in holders for e in o.events]
        dated = sum(1 for o in holders for e in o.events if e.date)
        on = [e for e in (*t.entries, *t.undated) if e.kind is EntryKind.EVENT]
        assert len(events) == len(on)
        assert dated == sum(1 for e in t.entries if e.kind is EntryKind.EVENT)
        assert all(e.date is None for e in t.undated)

    def test_events_keep_their_certainty(self) -> None:
        """An event's entry is as certain as the event's date, not always stated."""
        t = compare.timeline()
        holders = (*CORPUS.initiatives, *CORPUS.actors)
        inferred = {
            (o.id, e.evidence[0])
            for o in holders
            for e in o.events
            if e.certainty.value == "inferred"
        }
        on = {
            (e.subject, e.evidence[0])
            for e in (*t.entries, *t.undated)
            if e.kind is EntryKind.EVENT and e.certainty.value == "inferred"
        }
        assert inferred == on

    def test_a_status_is_dated_as_of_its_document(self) -> None:
        """A status entry says it holds as of the document's date, not since that date."""
        t = compare.timeline(about=["merida-initiative"])
        (status,) = [e for e in t if e.kind is EntryKind.STATUS]
        assert str(status.date) == "2026-06-30"
        assert status.label == "Mérida Initiative: replaced, as of the document's date"
        (replaced,) = [e for e in t if e.label == "Mérida Initiative replaced"]
        assert str(replaced.date) == "2021-10"

    def test_planned_events_are_flagged(self) -> None:
        """A step a seed proposes or expects is marked planned, in the entry and its label."""
        planned = [e for e in compare.timeline() if e.planned]
        events = [e for e in planned if e.kind is EntryKind.EVENT]
        assert events
        assert all(e.label.endswith("(planned)") for e in events)
        assert {e.kind for e in planned} == {EntryKind.EVENT, EntryKind.RECOMMENDATION}

    def test_partial_dates_before_precise_ones(self) -> None:
        """'2021' sorts before 'October 2021', which sorts before '2023'."""
        dates = [str(e.date) for e in compare.timeline()]
        assert dates.index("2021") < dates.index("2021-10") < dates.index("2023")

    def test_every_seed_date_is_on_it(self) -> None:
        """Each seed's own date is an entry, with its certainty."""
        docs = {e.subject: e for e in compare.timeline() if e.kind is EntryKind.DOCUMENT}
        for s in CORPUS.seeds:
            assert s.issued is not None
            assert (s.issued.date, s.issued.certainty) == (
                docs[s.id].date,
                docs[s.id].certainty,
            )

    def test_recommended_timeframes_are_planned_entries(self) -> None:
        """Every recommendation with a timeframe is an entry, at the timeframe's start."""
        t = compare.timeline()
        on = {e.subject: e for e in (*t.entries, *t.undated) if e.kind is EntryKind.RECOMMENDATION}
        timed = [r for r in CORPUS.recommendations if r.timeframe]
        assert {r.id for r in timed} == set(on)
        for r in timed:
            assert r.timeframe is not None
            assert (on[r.id].date, on[r.id].planned) == (r.timeframe.start, True)
        hub = on["nsc-tijuana-asylum-pre-screening-hub"]
        assert (str(hub.date), hub.end) == ("2027", None)

    def test_figures_of_calendar_years_only(self) -> None:
        """A figure given for a calendar year is an entry; one for a fiscal year is not."""
        on = {e.subject for e in compare.timeline() if e.kind is EntryKind.FIGURE}
        calendar = {f.id for f in CORPUS.figures if f.period and not f.period.fiscal}
        assert on == calendar
        assert "orion-fig-traces-2018" in on
        assert "orion-fig-dhs-request" not in on

    def test_open_periods_are_shown_with_no_end(self) -> None:
        """A figure "since 2009" is an entry from 2009 with no end, shown "2009–"."""
        t = compare.timeline()
        (since,) = [e for e in t if e.subject == "orion-fig-texas-arizona-share"]
        assert (str(since.date), since.end, since.open_ended, since.when) == (
            "2009",
            None,
            True,
            "2009–",
        )
        assert since in t.entries
        (rec,) = [r for r in t.records() if r["subject"] == "orion-fig-texas-arizona-share"]
        assert (rec["when"], rec["open_ended"], rec["end"]) == ("2009–", True, None)

    def test_fiscal_year_events(self) -> None:
        """The FY26 budgets are events dated by their fiscal year, shown "FY2026"."""
        t = compare.timeline(about=["fy26-budget-requests"])
        fy = [e for e in t if e.kind is EntryKind.EVENT and e.subject == "fy26-budget-requests"]
        assert len(fy) == 5  # the requests, and those of DHS, DoD, DOJ and State
        assert {(e.when, e.fiscal, e.certainty.value) for e in fy} == {("FY2026", True, "stated")}
        about = {a for e in fy for a in e.about}
        assert {"us-dhs", "us-dod", "us-doj", "us-state-department"} <= about
        assert any(row[0].text == "FY2026" for row in t.table().rows)
        (rec,) = [r for r in t.records() if str(r["label"]).startswith("DOJ's FY26")]
        assert (rec["date"], rec["fiscal"], rec["when"]) == ("2026", True, "FY2026")

    def test_a_fiscal_year_sorts_at_its_first_day(self) -> None:
        """FY2026 begins on 1 October 2025: after September 2025, before November 2025."""
        t = compare.timeline()
        whens = [e.when for e in t]
        first_fy26 = whens.index("FY2026")
        assert whens.index("2025-09") < first_fy26 < whens.index("2025-11")
        assert whens.index("FY2025") < whens.index("2025")  # 1 October 2024

    def test_an_event_about_a_department_is_listed_for_it(self) -> None:
        """The DHS request is on the timeline about DHS, and the NDAA event about Mexico."""
        dhs = compare.timeline(about=["us-dhs"])
        assert any(e.fiscal and "DHS's FY26 request" in e.label for e in dhs)
        mexico = compare.timeline(about=["mexico"])
        (ndaa,) = [e for e in mexico if e.subject == "ndaa"]
        assert (ndaa.when, ndaa.certainty.value) == ("FY2026", "inferred")

    def test_relative_trends(self) -> None:
        """Trends dated relative to the document: undated, or a computed span, inferred."""
        t = compare.timeline()
        changed = [
            e for e in (*t.entries, *t.undated) if e.label.startswith("Mexico's role evolved")
        ]
        (role,) = changed
        assert (role.date, role.subject) == (None, "mexico")
        (rise,) = [e for e in t if e.subject == "mexico" and e.open_ended]
        assert (rise.when, rise.certainty.value) == ("2005–", "inferred")
        (four,) = [e for e in t if "deepened and accelerated" in e.label]
        assert (four.when, four.certainty.value) == ("2021–2025", "inferred")

    def test_fiscal_timeframe(self) -> None:
        """A recommendation for fiscal years 2025 and 2026 is shown "FY2025–FY2026"."""
        t = compare.timeline(about=["greenway-fund-dod-fy2025-fy2026"])
        (rec,) = [e for e in t if e.kind is EntryKind.RECOMMENDATION]
        assert (rec.when, rec.fiscal) == ("FY2025–FY2026", True)

    def test_about_follows_what_an_entry_concerns(self) -> None:
        """An actor's id keeps the events it took part in, not only those it holds."""
        t = compare.timeline(about=["juan-ramon-de-la-fuente"])
        subjects = {e.subject for e in t}
        assert {"marco-rubio", "juan-ramon-de-la-fuente"} <= subjects
