"""The words for the three figures and the verdict built from them."""

from toolkit import figures


def test_verdict_for_feedback_reads_as_the_design_says():
    assert (
        figures.verdict(6, 1, 4)
        == "Hoge impact voor zeer lage kosten, gebaseerd op uitgebreide evidentie"
    )


def test_verdict_never_pairs_a_judgement_with_an_unknown():
    assert (
        figures.verdict(None, None, None)
        == "Geen samenvattend oordeel: de impact, de kost en de bewijskracht zijn niet gekend"
    )
    assert figures.verdict(4, None, None) == (
        "Geen samenvattend oordeel: de kost en de bewijskracht zijn niet gekend"
    )
    assert figures.verdict(None, 1, 1) == "Geen samenvattend oordeel: de impact is niet gekend"
    assert figures.verdict(None, 1, 0) == "Onvoldoende evidentie om de impact in te schatten"
    judgements = [words for _, _, words in figures.IMPACT_BANDS] + list(figures.COST_WORDS.values())
    for impact, cost, evidence in [(4, None, None), (None, 1, 1), (5, 1, None), (None, 3, 0)]:
        sentence = figures.verdict(impact, cost, evidence)
        assert not any(words.lower() in sentence.lower() for words in judgements), sentence


def test_verdict_covers_negative_and_zero_impact_and_the_top_band():
    assert figures.verdict(-2, 5, 2).startswith("Negatieve impact voor zeer hoge kosten")
    assert figures.verdict(0, 1, 1).startswith("Geen meetbare impact")
    assert figures.verdict(8, 1, 4).startswith("Zeer hoge impact")


def test_impact_is_signed_in_months_and_spoken_in_words():
    assert figures.impact_text(6) == "+6 maanden"
    assert figures.impact_text(1) == "+1 maand"
    assert figures.impact_text(0) == "0 maanden"
    assert figures.impact_text(-2) == "-2 maanden"
    assert figures.impact_text(None) == "niet gekend"
    assert figures.impact_text(None, evidence=0) == "onvoldoende evidentie"
    assert figures.impact_text(None, evidence=2) == "niet gekend"
    assert figures.impact_spoken(6) == "Impact: 6 maanden extra vooruitgang"
    assert figures.impact_spoken(-2) == "Impact: 2 maanden minder vooruitgang"


def test_legend_rows_name_every_value_of_every_scale_and_unknown():
    rows = figures.legend_rows()

    assert [words for _, words in rows["cost"]][:5] == list(figures.COST_WORDS.values())
    assert len(rows["evidence"]) == len(figures.Bewijskracht) - 1  # 0 never reaches a verdict
    every_verdict_start = {figures.impact_words(months) for months in range(-12, 13)}
    assert every_verdict_start <= {words for _, words in rows["impact"]}


def test_each_figure_has_three_distinct_states():
    """A value; 'niet gekend' (the source gives none); for impact only, 'onvoldoende evidentie'."""
    known = figures.item_figures(6, 1, 4)
    not_known = figures.item_figures(None, None, None)
    insufficient = figures.item_figures(None, 3, 0)

    assert [f.state for f in known] == [figures.VALUE] * 3
    assert [f.text for f in known] == [
        "+6 maanden",
        "1 van 5, zeer lage kost",
        "4 van 5, uitgebreide evidentie",
    ]
    assert [f.state for f in not_known] == [figures.STATE_NOT_KNOWN] * 3
    assert [f.text for f in not_known] == ["niet gekend"] * 3
    assert [f.state for f in insufficient] == [
        figures.STATE_INSUFFICIENT,
        figures.VALUE,
        figures.VALUE,
    ]
    assert insufficient[0].text == "onvoldoende evidentie"
    assert insufficient[0].spoken == "Impact: onvoldoende evidentie"
    # Cost and evidence are never 'onvoldoende evidentie' when the source simply has no figure.
    assert not_known[1].spoken == "Kosten: niet gekend"
    assert not_known[2].spoken == "Bewijskracht: niet gekend"
