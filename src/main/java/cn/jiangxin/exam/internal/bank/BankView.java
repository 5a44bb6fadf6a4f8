package cn.jiangxin.exam.internal.bank;

import java.time.Instant;

/**
 * A question bank with its union and how many questions it holds (retired ones left out).
 */
public record BankView(long id, long orgId, String orgName, String name, String description, long questions,
		String createdBy, Instant createdAt, Instant updatedAt) {
}
