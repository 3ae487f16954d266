package org.rosette.campaign;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

	Optional<Campaign> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** Drafts first, then open and closed campaigns, newest first within each. */
	@Query(value = """
			select c from Campaign c
			order by case c.status when org.rosette.campaign.CampaignStatus.DRAFT then 0
			                       when org.rosette.campaign.CampaignStatus.ACTIVE then 1 else 2 end,
			         c.startsOn desc, c.id desc
			""", countQuery = "select count(c) from Campaign c")
	Page<Campaign> findInWorkOrder(Pageable pageable);

	List<Campaign> findByStatusInOrderByFeaturedDescStartsOnDesc(Collection<CampaignStatus> statuses);

	List<Campaign> findTop5ByStatusAndEndsOnBetweenOrderByEndsOnAsc(CampaignStatus status, LocalDate from,
			LocalDate to);

	long countByStatusAndEndsOnBetween(CampaignStatus status, LocalDate from, LocalDate to);

}
