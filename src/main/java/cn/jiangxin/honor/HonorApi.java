package cn.jiangxin.honor;

/**
 * What other modules ask of honour: nothing today. Titles of contest awards are conferred
 * by honour itself when it hears that a contest's awards are final
 * ({@code AwardsFinalised}), and a person's titles reach their record through
 * {@code MemberRecordSection}; the talent profile to come will read titles here.
 */
public interface HonorApi {

}
