package org.rosette.campaign;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

	Optional<Campaign> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Campaign> findByStatusInOrderByFeaturedDescStartsOnDesc(Collection<CampaignStatus> statuses);

	List<Campaign> findTop5ByStatusAndEndsOnBetweenOrderByEndsOnAsc(CampaignStatus status, LocalDate from,
			LocalDate to);

	long countByStatusAndEndsOnBetween(CampaignStatus status, LocalDate from, LocalDate to);

}
