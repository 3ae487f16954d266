package org.rosette.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;

/**
 * A test class that drives the whole application, started on a random port, through a
 * real headless Chromium: declare a {@link Browser} parameter on a test method to get
 * one. See {@link Browser} for an example.
 * <p>
 * Tagged {@code browser}: {@code ./mvnw test -Dgroups=browser} runs just these,
 * {@code -DexcludedGroups=browser} everything else.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

	/**
	 * Extra application properties for this test class, as in
	 * {@link SpringBootTest#properties()}.
	 */
	@AliasFor(annotation = SpringBootTest.class)
	String[] properties() default {};

}
