package cn.jiangxin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts Jiangxin, the platform of a city's trade-union work. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class JiangxinApplication {

	public static void main(String[] args) {
		SpringApplication.run(JiangxinApplication.class, args);
	}

}
