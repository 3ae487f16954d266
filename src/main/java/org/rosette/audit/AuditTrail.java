package org.rosette.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.rosette.audit.AuditEntry.Field;
import org.rosette.audit.AuditEntry.Shown;
import org.rosette.system.ParkArea;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the history Envers keeps of every audited record (campaigns, donations, leopards,
 * accounts, sightings and their reviews), newest first, each change shown against the
 * record's previous revision. There is nothing here to change it: the trail is written
 * only by Envers, as records change.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private final EntityManager entityManager;

	private final ParkArea park;

	private final AuditValues values;

	AuditTrail(EntityManager entityManager, ParkArea park) {
		this.entityManager = entityManager;
		this.park = park;
		this.values = new AuditValues(entityManager.getEntityManagerFactory(), park.zone());
	}

	/**
	 * The audited kinds of record, by entity name (e.g. {@code Campaign}), in
	 * alphabetical order.
	 */
	public List<String> types() {
		return auditedTypes().stream().map(EntityType::getName).sorted().toList();
	}

	/** One page of changes, newest first, and whether older ones exist. */
	public Page search(AuditFilter filter, int page, int size) {
		AuditReader reader = AuditReaderFactory.get(entityManager);
		int wanted = (page + 1) * size + 1;
		List<Row> rows = new ArrayList<>();
		for (EntityType<?> type : auditedTypes()) {
			if (filter.type() == null || filter.type().isBlank() || filter.type().equals(type.getName())) {
				for (Object found : query(reader, type, filter).setMaxResults(wanted).getResultList()) {
					Object[] row = (Object[]) found;
					rows.add(new Row(type, row[0], (Revision) row[1], (RevisionType) row[2]));
				}
			}
		}
		rows.sort(Comparator.comparing((Row r) -> r.revision().getId()).reversed());
		int from = Math.min(page * size, rows.size());
		int to = Math.min(from + size, rows.size());
		List<AuditEntry> entries = rows.subList(from, to).stream().map(row -> entry(reader, row)).toList();
		return new Page(entries, page, rows.size() > to);
	}

	private AuditQuery query(AuditReader reader, EntityType<?> type, AuditFilter filter) {
		AuditQuery query = reader.createQuery().forRevisionsOfEntity(type.getJavaType(), false, true);
		if (filter.username() != null && !filter.username().isBlank()) {
			query.add(AuditEntity.revisionProperty("username").eq(filter.username().strip()));
		}
		if (filter.from() != null) {
			query.add(AuditEntity.revisionProperty("revisedAt").ge(startOf(filter.from())));
		}
		if (filter.to() != null) {
			query.add(AuditEntity.revisionProperty("revisedAt").lt(startOf(filter.to().plusDays(1))));
		}
		return query.addOrder(AuditEntity.revisionNumber().desc());
	}

	private AuditEntry entry(AuditReader reader, Row row) {
		EntityType<?> type = row.type();
		Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row.entity());
		List<?> previous = reader.createQuery()
			.forRevisionsOfEntity(type.getJavaType(), true, true)
			.add(AuditEntity.id().eq(id))
			.add(AuditEntity.revisionNumber().lt(row.revision().getId()))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(1)
			.getResultList();
		Map<String, Shown> before = values.of(type, previous.isEmpty() ? null : previous.get(0));
		Map<String, Shown> after = values.of(type, row.kind() == RevisionType.DEL ? null : row.entity());
		List<Field> fields = new ArrayList<>();
		after.forEach((name, value) -> {
			Shown old = before.getOrDefault(name, Shown.NOTHING);
			fields.add(new Field(name, old, value, !Objects.equals(old.text(), value.text())));
		});
		return new AuditEntry(row.revision().getId(),
				row.revision().getRevisedAt().atZone(park.zone()).toLocalDateTime(), row.revision().getUsername(),
				type.getName(), id, row.kind().name(), fields);
	}

	private java.time.Instant startOf(LocalDate day) {
		return day.atStartOfDay(park.zone()).toInstant();
	}

	private List<EntityType<?>> auditedTypes() {
		AuditReader reader = AuditReaderFactory.get(entityManager);
		return entityManager.getMetamodel()
			.getEntities()
			.stream()
			.filter(type -> reader.isEntityClassAudited(type.getJavaType()))
			.<EntityType<?>>map(type -> type)
			.toList();
	}

	/** Changes shown on one page; {@code hasOlder} when there is a next page. */
	public record Page(List<AuditEntry> entries, int number, boolean hasOlder) {
	}

	private record Row(EntityType<?> type, Object entity, Revision revision, RevisionType kind) {
	}

}
