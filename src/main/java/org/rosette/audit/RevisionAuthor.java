package org.rosette.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs each revision with the person who is signed in. Changes made without anyone
 * signed in (demo content, the first admin at start-up, scheduled work) are signed
 * {@value #SYSTEM}.
 */
class RevisionAuthor implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean person = authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName());
		((Revision) revision).madeBy(person ? authentication.getName() : SYSTEM);
	}

}
