package org.rosette.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.hibernate.Hibernate;
import org.hibernate.envers.NotAudited;
import org.rosette.audit.AuditEntry.Shown;

/**
 * Reads an audited entity's fields, as Envers rebuilt it for a revision, into values a
 * page can show.
 */
class AuditValues {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final EntityManagerFactory factory;

	private final ZoneId zone;

	AuditValues(EntityManagerFactory factory, ZoneId zone) {
		this.factory = factory;
		this.zone = zone;
	}

	Map<String, Shown> of(EntityType<?> type, Object entity) {
		Map<String, Shown> values = new LinkedHashMap<>();
		for (Attribute<?, ?> attribute : type.getAttributes()) {
			Member member = attribute.getJavaMember();
			boolean id = attribute instanceof SingularAttribute<?, ?> singular && singular.isId();
			if (id || attribute.isCollection() || !(member instanceof Field field)
					|| field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Version.class)) {
				continue;
			}
			values.put(attribute.getName(), entity == null ? Shown.NOTHING : shown(read(field, entity), attribute));
		}
		return values;
	}

	private Shown shown(Object value, Attribute<?, ?> attribute) {
		if (value == null) {
			return Shown.NOTHING;
		}
		if (attribute.isAssociation()) {
			Object id = factory.getPersistenceUnitUtil().getIdentifier(value);
			String name = nameOf(value);
			String type = Hibernate.getClass(value).getSimpleName();
			return new Shown(name != null ? name : "#" + id, null, pageOf(type, id));
		}
		if (value instanceof Enum<?> e) {
			return new Shown(e.name(), "admin.enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
		}
		if (value instanceof Boolean b) {
			return new Shown(b.toString(), b ? "admin.yes" : "admin.no");
		}
		if (value instanceof Instant instant) {
			return new Shown(TIME.format(instant.atZone(zone)), null);
		}
		if (value instanceof BigDecimal amount) {
			return new Shown(amount.toPlainString(), null);
		}
		return new Shown(value.toString(), null);
	}

	/**
	 * Where the admins edit a record of that type; {@code null} for types without a page.
	 */
	static String pageOf(String type, Object id) {
		return switch (type) {
			case "Leopard" -> "/admin/leopards/" + id + "/edit";
			case "Campaign" -> "/admin/campaigns/" + id + "/edit";
			case "Account" -> "/admin/users";
			default -> null;
		};
	}

	/** A referenced record's name as people know it, or {@code null}. */
	private static String nameOf(Object reference) {
		Object entity;
		try {
			entity = Hibernate.unproxy(reference);
		}
		catch (RuntimeException ex) {
			return null;
		}
		for (String name : List.of("name", "title", "displayName", "username")) {
			for (Class<?> type = entity.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
				try {
					Object value = read(type.getDeclaredField(name), entity);
					if (value != null) {
						return value.toString();
					}
				}
				catch (NoSuchFieldException ex) {
					// not this class: try its superclass
				}
			}
		}
		return null;
	}

	private static Object read(Field field, Object entity) {
		try {
			field.setAccessible(true);
			return field.get(entity);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot read " + field, ex);
		}
	}

}
