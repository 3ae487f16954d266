package org.rosette.system.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

import org.rosette.system.ConflictException;
import org.rosette.system.RejectedValuesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the JSON API gives is RFC 9457 problem+json; a 400 lists each offending
 * field with a message a script's author can act on.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(List.of(new FieldProblem(ex.getName(), invalidValue(ex.getValue(), ex.getRequiredType()))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(badRequest(fieldProblems(ex)));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	/** The service's own words, in English like the rest of the API. */
	@ExceptionHandler(RejectedValuesException.class)
	ProblemDetail rejected(RejectedValuesException ex) {
		return badRequest(ex.rejections()
			.stream()
			.map(r -> new FieldProblem(r.field(),
					messages.getMessage(r.messageCode(), r.arguments(), r.messageCode(), Locale.ENGLISH)))
			.toList());
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail bind(BindException ex) {
		return badRequest(fieldProblems(ex));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldProblem(fieldName(error, result.getMethodParameter().getParameterName()),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(badRequest(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
				.collect(java.util.stream.Collectors.joining("."));
			return ResponseEntity.badRequest()
				.body(badRequest(List.of(new FieldProblem(field, unreadableValue(json)))));
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Malformed request body",
					"The request body is not valid JSON for this endpoint."));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure in the API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; the request was not carried out.");
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
			problem.setType(ABOUT_BLANK);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	static ProblemDetail badRequest(List<FieldProblem> problems) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some values are not acceptable: "
				+ String.join(", ", problems.stream().map(FieldProblem::field).toList()));
		problem.setProperty("errors",
				problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		// Written out although it is the default, so clients always find the four fields
		// the contract names.
		problem.setType(ABOUT_BLANK);
		return problem;
	}

	private static List<FieldProblem> fieldProblems(BindException ex) {
		return ex.getFieldErrors().stream().map(ApiProblems::fieldProblem).toList();
	}

	private static FieldProblem fieldProblem(FieldError error) {
		if (!error.isBindingFailure()) {
			return new FieldProblem(error.getField(), error.getDefaultMessage());
		}
		Class<?> type = error.contains(TypeMismatchException.class)
				? error.unwrap(TypeMismatchException.class).getRequiredType() : null;
		String message = invalidValue(error.getRejectedValue(), type);
		return new FieldProblem(error.getField(), message);
	}

	private static String fieldName(MessageSourceResolvable error, String parameter) {
		return error instanceof FieldError field ? field.getField() : parameter;
	}

	private static String unreadableValue(JacksonException json) {
		if (json instanceof InvalidFormatException format) {
			return invalidValue(format.getValue(), format.getTargetType());
		}
		return "is not in the expected format";
	}

	private static String invalidValue(Object value, Class<?> type) {
		if (type != null && type.isEnum()) {
			return "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		return "'" + value + "' is not a valid value";
	}

	record FieldProblem(String field, String message) {
	}

}
