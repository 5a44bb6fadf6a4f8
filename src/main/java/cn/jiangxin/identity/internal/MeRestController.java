package cn.jiangxin.identity.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiangxin.shared.Actor;
import cn.jiangxin.shared.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Tells an API caller who they are signed in as. */
@RestController
@Tag(name = "auth")
class MeRestController {

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in account: id, user name, roles and org")
	Actor me() {
		return Actors.require();
	}

}
