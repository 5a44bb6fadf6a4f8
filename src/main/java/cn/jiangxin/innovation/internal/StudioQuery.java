package cn.jiangxin.innovation.internal;

import java.text.Normalizer;

import cn.jiangxin.innovation.StudioField;
import cn.jiangxin.innovation.StudioLevel;

/**
 * What the registry is asked for: a level, a field, a union whose subtree hosts the
 * studios, and a text found in the name or equal to a tag (any of them null for all).
 */
record StudioQuery(StudioLevel level, StudioField field, Long orgId, String text) {

	/** The longest text searched for. */
	static final int MAX_TEXT = 40;

	StudioQuery {
		text = text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		if (text != null && text.isEmpty()) {
			text = null;
		}
	}

	static StudioQuery all() {
		return new StudioQuery(null, null, null, null);
	}

}
