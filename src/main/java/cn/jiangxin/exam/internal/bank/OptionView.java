package cn.jiangxin.exam.internal.bank;

/**
 * An option of a choice question: its key (A–H), its text, and an image if it has one.
 */
public record OptionView(String key, String text, String image) {
}
