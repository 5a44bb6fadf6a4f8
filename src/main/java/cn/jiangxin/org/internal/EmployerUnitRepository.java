package cn.jiangxin.org.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Stores employer units. */
interface EmployerUnitRepository extends ListCrudRepository<EmployerUnit, Long> {

	Optional<EmployerUnit> findByCreditCode(String creditCode);

}
