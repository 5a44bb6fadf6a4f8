package cn.jiangxin.contest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.contest.EntryStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a contest's counts into ECharts options (plain JSON, no functions), which the
 * dashboard page carries in data attributes for the platform's own script to draw: no
 * inline script, no CDN.
 */
@Component
class ContestCharts {

	private static final int TOP_UNITS = 15;

	private static final Map<EntryStatus, String> STATUS_COLORS = Map.of(EntryStatus.REGISTERED, "#9bb7d4",
			EntryStatus.CONFIRMED, "#b22222", EntryStatus.WITHDRAWN, "#adb5bd");

	private final JsonMapper json;

	private final MessageSource messages;

	ContestCharts(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/** The options of each chart by name: tracks, units, statuses, days, rounds. */
	Map<String, String> of(EntryQueries.ContestStats stats) {
		Map<String, String> charts = new LinkedHashMap<>();
		charts.put("tracks", json.writeValueAsString(bars(stats.byTrack(), false, true)));
		List<EntryQueries.Bar> units = new ArrayList<>(
				stats.byUnit().size() > TOP_UNITS ? stats.byUnit().subList(0, TOP_UNITS) : stats.byUnit());
		Collections.reverse(units);
		charts.put("units", json.writeValueAsString(bars(units, true, true)));
		charts.put("statuses", json.writeValueAsString(pie(stats.byStatus())));
		charts.put("days", json.writeValueAsString(days(stats.byDay())));
		charts.put("rounds", json.writeValueAsString(bars(stats.byRound(), false, false)));
		return charts;
	}

	private Map<String, Object> bars(List<EntryQueries.Bar> bars, boolean horizontal, boolean withConfirmed) {
		Map<String, Object> categories = Map.of("type", "category", "data",
				bars.stream().map(EntryQueries.Bar::label).toList(), "axisLabel",
				Map.of("interval", 0, "width", horizontal ? 160 : 90, "overflow", "truncate"));
		Map<String, Object> values = Map.of("type", "value", "minInterval", 1);
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("top", 0));
		option.put("grid", Map.of("left", 8, "right", 16, "bottom", 8, "top", 32, "containLabel", true));
		option.put("xAxis", horizontal ? values : categories);
		option.put("yAxis", horizontal ? categories : values);
		List<Map<String, Object>> series = new ArrayList<>();
		series.add(Map.of("name", text(withConfirmed ? "contest.chart.entries" : "contest.chart.inRound"), "type",
				"bar", "data", bars.stream().map(EntryQueries.Bar::total).toList(), "barMaxWidth", 48, "itemStyle",
				Map.of("color", withConfirmed ? "#9bb7d4" : "#b22222")));
		if (withConfirmed) {
			series.add(Map.of("name", text("contest.chart.confirmed"), "type", "bar", "data",
					bars.stream().map(EntryQueries.Bar::confirmed).toList(), "barMaxWidth", 48, "itemStyle",
					Map.of("color", "#b22222")));
		}
		option.put("series", series);
		return option;
	}

	private Map<String, Object> pie(Map<EntryStatus, Long> byStatus) {
		List<Map<String, Object>> data = new ArrayList<>();
		byStatus.forEach((status, count) -> {
			if (count > 0) {
				data.add(Map.of("name", text(status.messageKey()), "value", count, "itemStyle",
						Map.of("color", STATUS_COLORS.get(status))));
			}
		});
		return Map.of("tooltip", Map.of("trigger", "item"), "legend", Map.of("bottom", 0), "series",
				List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", data)));
	}

	private Map<String, Object> days(Map<LocalDate, Long> byDay) {
		List<String> labels = new ArrayList<>();
		List<Long> daily = new ArrayList<>();
		List<Long> cumulative = new ArrayList<>();
		long sum = 0;
		for (Map.Entry<LocalDate, Long> day : byDay.entrySet()) {
			sum += day.getValue();
			labels.add(day.getKey().toString());
			daily.add(day.getValue());
			cumulative.add(sum);
		}
		return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("top", 0), "grid",
				Map.of("left", 8, "right", 16, "bottom", 8, "top", 32, "containLabel", true), "xAxis",
				Map.of("type", "category", "data", labels), "yAxis", Map.of("type", "value", "minInterval", 1),
				"series",
				List.of(Map.of("name", text("contest.chart.daily"), "type", "bar", "data", daily, "barMaxWidth", 40,
						"itemStyle", Map.of("color", "#9bb7d4")),
						Map.of("name", text("contest.chart.cumulative"), "type", "line", "data", cumulative,
								"showSymbol", true, "symbolSize", 7, "itemStyle", Map.of("color", "#b22222"))));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
