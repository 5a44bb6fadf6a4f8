package cn.jiangxin.exam.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jiangxin.exam.internal.analysis.ExamAnalysis;
import cn.jiangxin.exam.internal.analysis.ItemAnalysis;
import tools.jackson.databind.json.JsonMapper;

/**
 * The item analysis as ECharts options (plain JSON in data attributes, drawn by the
 * platform's own script): the totals' distribution, each item by facility and
 * discrimination, and each knowledge area's mean share of its points.
 */
@Component
class ExamCharts {

	private final JsonMapper json;

	private final MessageSource messages;

	ExamCharts(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	Map<String, String> of(ExamAnalysis.Report report) {
		Map<String, String> charts = new LinkedHashMap<>();
		charts.put("distribution", json.writeValueAsString(distribution(report)));
		charts.put("items", json.writeValueAsString(items(report)));
		charts.put("areas", json.writeValueAsString(areas(report)));
		return charts;
	}

	private Map<String, Object> distribution(ExamAnalysis.Report report) {
		List<String> bands = new ArrayList<>();
		BigDecimal max = report.maxScore() == null ? BigDecimal.valueOf(100) : report.maxScore();
		for (int i = 0; i < report.distribution().length; i++) {
			bands.add(plain(max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.TEN)) + "–"
					+ plain(max.multiply(BigDecimal.valueOf(i + 1)).divide(BigDecimal.TEN)));
		}
		List<Integer> counts = new ArrayList<>();
		for (int count : report.distribution()) {
			counts.add(count);
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("grid", Map.of("left", 8, "right", 16, "bottom", 8, "top", 24, "containLabel", true));
		option.put("xAxis",
				Map.of("type", "category", "data", bands, "axisLabel", Map.of("interval", 0, "rotate", 30)));
		option.put("yAxis", Map.of("type", "value", "minInterval", 1));
		option.put("series", List.of(Map.of("name", text("exam.chart.candidates"), "type", "bar", "data", counts,
				"barMaxWidth", 40, "itemStyle", Map.of("color", "#b22222"))));
		return option;
	}

	private Map<String, Object> items(ExamAnalysis.Report report) {
		List<List<Object>> points = new ArrayList<>();
		int n = 0;
		for (ExamAnalysis.ItemRow row : report.items()) {
			n++;
			ItemAnalysis.ItemStat stat = row.stat();
			if (stat.pointBiserial() != null) {
				points.add(List.of(round(stat.facility()), round(stat.pointBiserial()), n));
			}
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "item"));
		// The axis names sit centred outside the axes: at the end of the x axis the name
		// ran off the chart
		option.put("grid", Map.of("left", 8, "right", 16, "bottom", 28, "top", 32, "containLabel", true));
		option.put("xAxis", Map.of("type", "value", "name", text("exam.analysis.facility"), "nameLocation", "middle",
				"nameGap", 26, "min", 0, "max", 1));
		option.put("yAxis", Map.of("type", "value", "name", text("exam.analysis.pointBiserial"), "min", -1, "max", 1));
		option.put("series", List.of(Map.of("name", text("exam.chart.items"), "type", "scatter", "data", points,
				"symbolSize", 9, "itemStyle", Map.of("color", "#8e1414", "opacity", 0.75), "markLine",
				Map.of("silent", true, "symbol", "none", "lineStyle", Map.of("color", "#adb5bd", "type", "dashed"),
						"data", List.of(Map.of("yAxis", 0.2, "label", Map.of("position", "insideEndTop")),
								Map.of("xAxis", 0.2), Map.of("xAxis", 0.9))))));
		return option;
	}

	private Map<String, Object> areas(ExamAnalysis.Report report) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("grid", Map.of("left", 8, "right", 24, "bottom", 8, "top", 16, "containLabel", true));
		option.put("xAxis", Map.of("type", "value", "min", 0, "max", 100, "name", "%"));
		option.put("yAxis",
				Map.of("type", "category", "data", report.areas().stream().map(ExamAnalysis.AreaRow::area).toList(),
						"axisLabel", Map.of("width", 140, "overflow", "truncate")));
		option.put("series",
				List.of(Map.of("name", text("exam.chart.meanShare"), "type", "bar", "data",
						report.areas().stream().map(a -> round(a.meanShare() * 100)).toList(), "barMaxWidth", 28,
						"itemStyle", Map.of("color", "#b22222"))));
		return option;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
