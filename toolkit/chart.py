"""Geometry for the impact-versus-cost chart, drawn as SVG by templates/pages/toolkit/toolkit_chart.html.

Cost runs along the x axis in five columns, impact in months up the y axis. Items that share a
cost and an impact sit side by side in their column. Evidence shows as the size and darkness of
the dot; every dot carries the number of its row in the table beside the chart.
"""

from collections import defaultdict

from . import figures

WIDTH, HEIGHT = 640, 460
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 64
Y_RANGE = (-4, 10)  # widened when an item falls outside it
DOT_SPACING = 26


def dot_radius(evidence):
    return 8 + (evidence or 0) * 1.6


def build(items):
    """Numbered points for the items whose three figures are known; the others are listed apart.

    A dot's size and shade show its evidence, so an item without a known evidence strength is
    left out rather than drawn as if its evidence were weak.
    """
    plotted = [item for item in items if all(figure.is_known for figure in item.figures)]
    low = min([Y_RANGE[0], *(item.impact_months for item in plotted)])
    high = max([Y_RANGE[1], *(item.impact_months for item in plotted)])
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    column = plot_width / len(figures.Kost)

    def y_for(months):
        return TOP + (high - months) / (high - low) * plot_height

    cells = defaultdict(list)
    for item in plotted:
        cells[(item.cost, item.impact_months)].append(item)

    numbers = {item.pk: number for number, item in enumerate(items, start=1)}
    points = []
    for (cost, months), cell in cells.items():
        spacing = min(DOT_SPACING, (column - DOT_SPACING) / max(len(cell) - 1, 1))
        first = LEFT + (cost - 0.5) * column - spacing * (len(cell) - 1) / 2
        for position, item in enumerate(cell):
            points.append(
                {
                    "item": item,
                    "number": numbers[item.pk],
                    "x": round(first + position * spacing, 1),
                    "y": round(y_for(months), 1),
                    "r": round(dot_radius(item.evidence), 1),
                    "evidence": item.evidence,
                    "label": f"{item.title}: impact {item.impact_text}, kost {item.cost_text}, "
                    f"bewijskracht {item.evidence_text}",
                }
            )
    # Draw the biggest dots first so that they never hide the smaller ones.
    points.sort(key=lambda point: (-point["r"], point["number"]))
    step = 2 if high - low > 8 else 1
    plotted_pks = {item.pk for item in plotted}

    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "bottom": HEIGHT - BOTTOM,
        "zero_y": round(y_for(0), 1),
        "x_label": f"Kost (1 = {figures.Kost.ZEER_LAAG.label}, 5 = {figures.Kost.ZEER_HOOG.label})",
        "unplotted_reason": f"omdat een cijfer {figures.NOT_KNOWN} is of er {figures.INSUFFICIENT} is",
        "x_ticks": [
            {"x": round(LEFT + (choice.value - 0.5) * column, 1), "label": str(choice.value)}
            for choice in figures.Kost
        ],
        "y_ticks": [
            {"y": round(y_for(months), 1), "label": f"{months:+d}" if months else "0"}
            for months in range(low + low % step, high + 1, step)
        ],
        "x_tick_y": HEIGHT - BOTTOM + 22,
        "y_tick_x": LEFT - 8,
        "x_label_y": HEIGHT - 18,
        "y_label_x": 16,
        "middle_x": LEFT + plot_width / 2,
        "middle_y": TOP + plot_height / 2,
        "points": points,
        "unplotted": [item for item in items if item.pk not in plotted_pks],
        "legend": [
            {"evidence": choice.value, "r": dot_radius(choice.value)}
            for choice in figures.Bewijskracht
        ],
    }
