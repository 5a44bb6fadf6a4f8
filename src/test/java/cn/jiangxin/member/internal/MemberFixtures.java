package cn.jiangxin.member.internal;

import java.io.InputStream;

import org.springframework.boot.test.context.TestComponent;

import cn.jiangxin.member.EmploymentType;
import cn.jiangxin.member.internal.imports.ImportService;
import cn.jiangxin.member.internal.join.JoinFlowTests;
import cn.jiangxin.member.internal.join.JoinService;
import cn.jiangxin.member.internal.transfer.TransferService;
import cn.jiangxin.shared.Actor;
import cn.jiangxin.support.People;

/** Reaches into the member module's internals to set up records other tests aim at. */
@TestComponent
public class MemberFixtures {

	private final JoinService joins;

	private final ImportService imports;

	private final TransferService transfers;

	MemberFixtures(JoinService joins, ImportService imports, TransferService transfers) {
		this.joins = joins;
		this.imports = imports;
		this.transfers = transfers;
	}

	public long application(long orgId) {
		return joins.apply(JoinFlowTests.form(orgId, People.idNumber(), People.phone(), EmploymentType.EMPLOYEE),
				People.clientAddress());
	}

	public long importJob(Actor actor, long orgId, InputStream csv) {
		return imports.start(actor, orgId, "fixture.csv", csv, ImportService.Mode.VALID_ONLY);
	}

	public long transfer(Actor actor, long memberId, long toOrgId) {
		return transfers.request(actor, memberId, toOrgId, "测试");
	}

}
