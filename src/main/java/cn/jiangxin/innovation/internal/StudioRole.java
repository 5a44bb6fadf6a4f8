package cn.jiangxin.innovation.internal;

/** A member's part in a studio: its leader (领军人), a deputy, or a core member. */
enum StudioRole {

	LEADER, DEPUTY, CORE

}
