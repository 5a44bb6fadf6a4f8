package cn.jiangxin.shared.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo's members as the later seeders need them, by the name of their union in the
 * order they were registered. Implemented by the member module's seeder, which reads them
 * back once its part is loaded.
 */
public interface DemoRoster {

	/** A demo member: id, name, birth date and card number. */
	record Someone(long id, String name, LocalDate birthDate, String cardNo) {
	}

	/**
	 * The members registered with the union of this name, in the order they were
	 * registered.
	 */
	List<Someone> of(String union);

}
