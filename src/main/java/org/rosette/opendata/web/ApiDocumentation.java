package org.rosette.opendata.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /v3/api-docs}, read by people at
 * {@code /swagger-ui.html}: who may call what, and what an error looks like. Which routes
 * need which role is written here from the security rules, not guessed from the code.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BASIC = "basic";

	private static final String PROBLEM = "Problem";

	/** Routes that need a role, as {@code SecurityConfiguration} says, with the role. */
	private static final Map<String, String> ROLES = Map.of("POST /api/v1/sightings", "RANGER",
			"POST /api/v1/sightings/{id}/review", "ADMIN", "POST /api/v1/incidents", "RANGER", "GET /api/v1/incidents",
			"RANGER", "GET /api/v1/incidents/{id}", "RANGER");

	@Bean
	OpenAPI rosetteApi() {
		return new OpenAPI()
			.info(new Info().title("Rosette API")
				.version("v1")
				.description(
						"""
								Amur leopards of the Land of the Leopard National Park: the catalogue, sightings, incidents, \
								campaigns and statistics.

								**Who may do what.** Reads are public. Anonymous callers see sightings only when verified and older \
								than the public delay, at month precision and at the centre of a 0.2° grid cell; rangers and \
								admins see exact places and times. Reporting sightings and incidents needs the RANGER role \
								(admins have it too); reviewing sightings needs ADMIN; incidents are never public. \
								Scripts sign in with HTTP Basic; browsers use their session and a CSRF token.

								**Errors** are RFC 9457 `application/problem+json`: `{type, title, status, detail}`, and for a 400 \
								an `errors` array of `{field, message}` naming every value that was refused. A 401 means no or \
								wrong credentials, a 403 the wrong role.

								**Open data** without the API: `/export/sightings.csv`, `/export/sightings.geojson` and \
								`/export/dwca.zip` (Darwin Core Archive), all of the public view, under CC BY 4.0.""")
				.license(new License().name("Data: CC BY 4.0").url("https://creativecommons.org/licenses/by/4.0/")))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("A ranger's or admin's username and password.")));
	}

	@Bean
	OpenApiCustomizer rolesAndErrors() {
		// Added here rather than in the bean above: springdoc replaces the bean's schemas
		// with those it derives.
		return api -> {
			api.getComponents().addSchemas(PROBLEM, problemSchema());
			documentRolesAndErrors(api);
		};
	}

	private static void documentRolesAndErrors(OpenAPI api) {
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String role = ROLES.get(method + " " + path);
			if (role != null) {
				operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
				operation.setDescription(join(operation.getDescription(), "Needs the " + role + " role."));
				addProblem(operation, "401", "No credentials, or wrong ones.");
				addProblem(operation, "403", "Signed in, but without the " + role + " role.");
			}
			if (method != PathItem.HttpMethod.GET || path.contains("{")) {
				addProblem(operation, "400", "Some values were refused; `errors` names each field.");
			}
			if (path.contains("{")) {
				addProblem(operation, "404", "No such item, or none that you may see.");
			}
		}));
	}

	private static void addProblem(Operation operation, String status, String description) {
		if (operation.getResponses().containsKey(status)) {
			operation.getResponses().get(status).setContent(problemContent());
			return;
		}
		operation.getResponses()
			.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
	}

	private static Content problemContent() {
		return new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema().example("latitude"))
			.addProperty("message", new StringSchema().example("must be less than or equal to 90"));
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("Some values are not acceptable: latitude"))
			.addProperty("errors", new ArraySchema().items(fieldError).description("Only for 400: each refused field"))
			.required(List.of("type", "title", "status", "detail"));
	}

	private static String join(String first, String second) {
		return first == null || first.isBlank() ? second : first + "\n\n" + second;
	}

}
