"""The words for the three figures and the verdict built from them."""

from toolkit import figures


def test_verdict_for_feedback_reads_as_the_design_says():
    assert (
        figures.verdict(6, 1, 4)
        == "Hoge impact voor zeer lage kosten, gebaseerd op uitgebreide evidentie"
    )


def test_verdict_says_unknown_in_words_and_never_invents_a_figure():
    assert (
        figures.verdict(None, None, None)
        == "Onbekende impact voor onbekende kosten, met onvoldoende evidentie"
    )
    assert figures.verdict(None, 1, 0).endswith("met onvoldoende evidentie")


def test_verdict_covers_negative_and_zero_impact_and_the_top_band():
    assert figures.verdict(-2, 5, 2).startswith("Negatieve impact voor zeer hoge kosten")
    assert figures.verdict(0, 1, 1).startswith("Geen meetbare impact")
    assert figures.verdict(8, 1, 4).startswith("Zeer hoge impact")


def test_impact_is_signed_in_months_and_spoken_in_words():
    assert figures.impact_text(6) == "+6 maanden"
    assert figures.impact_text(1) == "+1 maand"
    assert figures.impact_text(0) == "0 maanden"
    assert figures.impact_text(-2) == "-2 maanden"
    assert figures.impact_text(None) == "onvoldoende evidentie"
    assert figures.impact_spoken(6) == "Impact: 6 maanden extra vooruitgang"
    assert figures.impact_spoken(-2) == "Impact: 2 maanden minder vooruitgang"


def test_legend_rows_name_every_value_of_every_scale_and_unknown():
    rows = figures.legend_rows()

    assert [words for _, words in rows["cost"]][:5] == list(figures.COST_WORDS.values())
    assert len(rows["evidence"]) == len(figures.Bewijskracht) + 1
    assert rows["impact"][-1] == ("niet bekend", "Onbekende impact")
    every_verdict_start = {figures.impact_words(months) for months in range(-12, 13)}
    assert every_verdict_start <= {words for _, words in rows["impact"]}
