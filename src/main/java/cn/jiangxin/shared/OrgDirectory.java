package cn.jiangxin.shared;

import java.util.Collection;
import java.util.Map;

/**
 * Names of orgs by id, for modules that show an org beside their own records. Implemented
 * by the org module.
 */
public interface OrgDirectory {

	/** The display names of the given orgs; ids that do not exist are left out. */
	Map<Long, String> names(Collection<Long> ids);

}
