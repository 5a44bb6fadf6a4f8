package cn.jiangxin.org.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores unions as aggregates. */
interface OrgRepository extends ListCrudRepository<Org, Long> {

	@Query("SELECT COUNT(*) FROM org WHERE parent_id = :parentId AND name = :name AND id <> :excludeId")
	int countSiblingsNamed(Long parentId, String name, long excludeId);

	@Query("SELECT COUNT(*) FROM org WHERE parent_id IS NULL AND name = :name AND id <> :excludeId")
	int countRootsNamed(String name, long excludeId);

	@Query("SELECT COUNT(*) FROM org WHERE parent_id = :parentId AND status = 'ACTIVE'")
	int countActiveChildren(long parentId);

	@Query("SELECT DISTINCT level FROM org WHERE parent_id = :parentId")
	List<String> childLevels(long parentId);

	@Query("SELECT id FROM org WHERE employer_unit_id = :unitId")
	List<Long> idsLinkedToUnit(long unitId);

}
