package cn.jiangxin.identity;

import static cn.jiangxin.support.ScopeProbes.BodyProbe.admin;
import static cn.jiangxin.support.ScopeProbes.BodyProbe.api;
import static cn.jiangxin.support.ScopeProbes.Probe.get;
import static cn.jiangxin.support.ScopeProbes.Probe.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import cn.jiangxin.support.Demo;
import cn.jiangxin.support.ScopeProbes;
import cn.jiangxin.support.Targets;

/**
 * The sign-in, account and password endpoints in the scope walk; the finance union's
 * admin account is what they aim at.
 */
@TestComponent
@Order(20)
class IdentityScopeProbes implements ScopeProbes {

	private final AccountApi accounts;

	IdentityScopeProbes(AccountApi accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		probes.add(get("/account/password", i -> "/account/password", Outsider.OWN));
		probes.add(post("/account/password", i -> "/account/password", null, Outsider.OWN));
		probes.add(get("/accounts", i -> "/accounts?org=" + i.id("finance"), Outsider.REFUSED));
		probes.add(get("/accounts/new", i -> "/accounts/new?org=" + i.id("finance"), Outsider.REFUSED));
		probes.add(post("/accounts/new", i -> "/accounts/new?username=outsider1&displayName=x&roles=JUDGE&orgId="
				+ i.id("finance") + "&password=jiangxin-demo-9", null, Outsider.REFUSED));
		probes.add(get("/accounts/{id}", i -> "/accounts/" + i.id("financeAdmin"), Outsider.REFUSED));
		probes.add(post(
				"/accounts/{id}", i -> "/accounts/" + i.id("financeAdmin")
						+ "?username=jinrong&displayName=x&roles=UNION_ADMIN&orgId=" + i.id("finance"),
				null, Outsider.REFUSED));
		probes.add(post("/accounts/{id}/password",
				i -> "/accounts/" + i.id("financeAdmin") + "/password?password=Abcdefgh-123", null, Outsider.REFUSED));
		probes.add(post("/accounts/{id}/unlock", i -> "/accounts/" + i.id("financeAdmin") + "/unlock", null,
				Outsider.REFUSED));
		// Over the API
		probes.add(new Probe(HttpMethod.POST, "/api/v1/auth/token", i -> "/api/v1/auth/token",
				"{\"username\":\"nobody\",\"password\":\"wrong-password\"}", Outsider.OWN));
		probes.add(new Probe(HttpMethod.DELETE, "/api/v1/auth/token", i -> "/api/v1/auth/token", null, Outsider.OWN));
		probes.add(get("/api/v1/me", i -> "/api/v1/me", Outsider.OWN));
		probes.add(get("/api/v1/accounts", i -> "/api/v1/accounts?org=" + i.id("finance"), Outsider.REFUSED));
		probes.add(get("/api/v1/accounts/{id}", i -> "/api/v1/accounts/" + i.id("financeAdmin"), Outsider.REFUSED));
		probes.add(post("/api/v1/accounts", i -> "/api/v1/accounts",
				"{\"username\":\"outsider2\",\"displayName\":\"x\",\"roles\":[\"JUDGE\"],\"orgId\":%d,\"password\":\"jiangxin-demo-9\"}",
				Outsider.REFUSED));
		return probes;
	}

	@Override
	public List<BodyProbe> bodyProbes() {
		List<BodyProbe> probes = new ArrayList<>();
		probes.add(admin(HttpMethod.POST, "/accounts/new", (j, i) -> "/accounts/new?username=outsider3&displayName=x"
				+ "&roles=JUDGE&orgId=" + i.id("finance") + "&password=jiangxin-demo-9", "orgId"));
		probes.add(admin(HttpMethod.POST, "/accounts/{id}", (j, i) -> "/accounts/" + j.id("account") + "?username="
				+ j.text("judgeLogin") + "&displayName=x&roles=JUDGE&orgId=" + i.id("finance"), "orgId"));
		probes.add(api(HttpMethod.POST, "/api/v1/accounts", (j, i) -> "/api/v1/accounts", (j, i) -> """
				{"username": "outsider4", "displayName": "x", "roles": ["JUDGE"], "orgId": %d,
				 "password": "jiangxin-demo-9"}""".formatted(i.id("finance")), "orgId"));
		return probes;
	}

	@Override
	public Map<String, String> noIdsInBody() {
		return Map.ofEntries(Map.entry("POST /account/password", "the caller's own passwords"),
				Map.entry("POST /accounts/{id}/password", "a password only"),
				Map.entry("POST /accounts/{id}/unlock", "none"),
				Map.entry("POST /api/v1/auth/token", "public: a user name and password"),
				Map.entry("DELETE /api/v1/auth/token", "the bearer token presented"));
	}

	@Override
	public Set<String> publicEndpoints() {
		return Set.of("GET /login", "POST /api/v1/auth/token");
	}

	@Override
	public void outOfReach(Targets finance) {
		finance.put("financeAdmin", accounts.findByUsername(Demo.FINANCE_ADMIN).orElseThrow().id());
	}

}
