package org.rosette.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DonationRepository extends JpaRepository<Donation, Long> {

	@Query("""
			select new org.rosette.campaign.DonationTotal(d.campaign.id, sum(d.amount), count(d))
			from Donation d where d.campaign.id in :campaignIds group by d.campaign.id
			""")
	List<DonationTotal> totalsFor(@Param("campaignIds") Collection<Long> campaignIds);

	Page<Donation> findByCampaignIdOrderByDonatedOnDescIdDesc(Long campaignId, Pageable pageable);

	/** With its campaign, which the correction page names. */
	@Query("select d from Donation d join fetch d.campaign where d.id = :id")
	Optional<Donation> findWithCampaignById(@Param("id") Long id);

}
