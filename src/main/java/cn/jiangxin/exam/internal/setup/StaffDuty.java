package cn.jiangxin.exam.internal.setup;

/** What someone on an exam's staff (考务人员) does: invigilate (监考) or grade (阅卷). */
public enum StaffDuty {

	INVIGILATOR, GRADER;

	public String messageKey() {
		return "exam.duty." + name();
	}

}
