package cn.jiangxin.shared;

/** Thrown when a requested record does not exist; shown as 404. */
public class NotFoundException extends RuntimeException {

	private final String entity;

	private final Object id;

	public NotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
		this.id = id;
	}

	/** The entity's message key suffix, e.g. {@code org} for {@code entity.org}. */
	public String entity() {
		return entity;
	}

	public Object id() {
		return id;
	}

}
