package cn.jiangxin.benefit.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jiangxin.audit.AuditLog;
import cn.jiangxin.org.OrgApi;
import cn.jiangxin.org.OrgLevel;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import cn.jiangxin.shared.BusinessRuleException;
import cn.jiangxin.shared.OrgScope;
import cn.jiangxin.shared.Zones;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settlement on pages: a union's subsidy by month and what it owes each merchant for a
 * period (the last twelve months unless asked), each merchant's statement as a workbook.
 */
@Controller
class SettlementController {

	private final Settlements settlements;

	private final SettlementSheet sheet;

	private final AuditLog audit;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	private final OrgApi orgs;

	private final OrgScope scope;

	SettlementController(Settlements settlements, SettlementSheet sheet, AuditLog audit, JsonMapper json,
			MessageSource messages, OrgApi orgs, OrgScope scope, Clock clock) {
		this.orgs = orgs;
		this.scope = scope;
		this.settlements = settlements;
		this.sheet = sheet;
		this.audit = audit;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/settlements")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
	String summary(@RequestParam(required = false) Long orgId, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, Model model) {
		Actor actor = Actors.require();
		LocalDate today = Zones.today(clock);
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.minusMonths(11).withDayOfMonth(1) : from;
		long org = orgId != null ? orgId
				: actor.orgId() != null ? actor.orgId() : orgs.activeAtLevel(OrgLevel.CITY).get(0).id();
		scope.require(actor, org);
		model.addAttribute("activeMenu", BenefitWebParts.BENEFITS);
		model.addAttribute("orgId", org);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		try {
			Settlements.Summary summary = settlements.summary(actor, org, start, end);
			model.addAttribute("summary", summary);
			model.addAttribute("chart", summary.months().isEmpty() ? null : json.writeValueAsString(chart(summary)));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("summary", null);
			model.addAttribute("chart", null);
			model.addAttribute("failure", ex.code());
			model.addAttribute("failureArgs", ex.args());
		}
		return "benefit/settlements";
	}

	@GetMapping("/settlements/merchants/{merchantId}/statement.xlsx")
	void workbook(@PathVariable long merchantId, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, HttpServletResponse response) throws IOException {
		LocalDate end = to == null ? Zones.today(clock) : to;
		LocalDate start = from == null ? end.withDayOfMonth(1) : from;
		SettlementRestController.write(settlements, sheet, audit, Actors.require(), merchantId, start, end, response);
	}

	/** What the unions paid per month, as bars (ECharts options). */
	private Map<String, Object> chart(Settlements.Summary summary) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("grid", Map.of("left", 8, "right", 16, "bottom", 8, "top", 24, "containLabel", true));
		option.put("xAxis", Map.of("type", "category", "data",
				summary.months().stream().map(Settlements.MonthLine::month).toList()));
		option.put("yAxis", Map.of("type", "value"));
		option.put("series",
				List.of(Map.of("name",
						messages.getMessage("benefit.settlement.unionPays", null, LocaleContextHolder.getLocale()),
						"type", "bar", "itemStyle", Map.of("color", "#dc3545"), "data",
						summary.months().stream().map(Settlements.MonthLine::unionPays).toList())));
		return option;
	}

}
