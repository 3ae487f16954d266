package org.rosette.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

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
			return new Shown("#" + factory.getPersistenceUnitUtil().getIdentifier(value), null);
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
