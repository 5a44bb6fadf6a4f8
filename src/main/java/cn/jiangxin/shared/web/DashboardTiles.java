package cn.jiangxin.shared.web;

import java.util.List;

import cn.jiangxin.shared.Actor;

/**
 * The dashboard figures a module contributes for an actor who administers, declared as a
 * bean in the module.
 */
@FunctionalInterface
public interface DashboardTiles {

	List<DashboardTile> tilesFor(Actor actor);

}
