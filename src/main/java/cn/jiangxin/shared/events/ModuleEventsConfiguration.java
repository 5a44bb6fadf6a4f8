package cn.jiangxin.shared.events;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Runs the modules' reactions to each other's events ({@code @ApplicationModuleListener})
 * after the change that published them has committed, on the application's task executor,
 * so a reaction neither slows nor fails the request that made the change. With
 * {@code jiangxin.events.synchronous=true} (the tests) they run on the thread that made
 * the change, right after its commit, so what a test reads next already shows them.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class ModuleEventsConfiguration implements AsyncConfigurer {

	private final boolean synchronous;

	ModuleEventsConfiguration(@Value("${jiangxin.events.synchronous:false}") boolean synchronous) {
		this.synchronous = synchronous;
	}

	/**
	 * The caller's thread when synchronous; otherwise none, so Spring takes the
	 * application's task executor.
	 */
	@Override
	public Executor getAsyncExecutor() {
		return synchronous ? new SyncTaskExecutor() : null;
	}

}
