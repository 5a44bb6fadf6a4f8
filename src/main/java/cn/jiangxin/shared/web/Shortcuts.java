package cn.jiangxin.shared.web;

import java.util.List;

import cn.jiangxin.shared.Actor;

/**
 * The quick links a module offers an actor who administers, declared as a bean in the
 * module.
 */
@FunctionalInterface
public interface Shortcuts {

	List<Shortcut> shortcutsFor(Actor actor);

}
