package cn.jiangxin.innovation.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;

/**
 * The alliances' pages: the list, and an alliance's page with its member studios, the
 * chair history, working groups, forums and signings. Changes go through the API for now.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNION_ADMIN')")
class AllianceController {

	private final AllianceService alliances;

	AllianceController(AllianceService alliances) {
		this.alliances = alliances;
	}

	@GetMapping("/alliances")
	String list(Model model) {
		Actor actor = Actors.require();
		List<Alliance> all = alliances.list(actor).stream().map(h -> alliances.alliance(actor, h.id())).toList();
		model.addAttribute("alliances", all);
		return "innovation/alliances";
	}

	@GetMapping("/alliances/{id}")
	String alliance(@PathVariable long id, Model model) {
		model.addAttribute("alliance", alliances.alliance(Actors.require(), id));
		return "innovation/alliance";
	}

}
