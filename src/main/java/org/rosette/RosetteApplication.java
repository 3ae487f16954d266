package org.rosette;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RosetteApplication {

	public static void main(String[] args) {
		SpringApplication.run(RosetteApplication.class, args);
	}

}
