package dev.reportsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.reportsearch.api.ApiConfig;
import dev.reportsearch.core.es.EsConnection;
import picocli.CommandLine;

/** --deadline-ms reaches the API's config on both commands that serve, and a bad value stops at once. */
class ServeOptionsTest {
    private static final EsConnection ES = EsConnection.of("http://127.0.0.1:9200");

    @Test
    void theDeadlineIsFiveSecondsUnlessGiven() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertThat(serve.serving.apiConfig(ES, "a").deadline()).isEqualTo(ApiConfig.DEFAULT_DEADLINE).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void bothServingCommandsTakeTheDeadline() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--deadline-ms", "1500", "--port", "8081");
        ApiConfig config = serve.serving.apiConfig(ES, "a");
        assertThat(config.deadline()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.port()).isEqualTo(8081);

        UpCommand up = new UpCommand();
        new CommandLine(up).parseArgs("--deadline-ms", "20000");
        assertThat(up.serving.apiConfig(ES, "a").deadline()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aDeadlineThatIsNotPositiveIsRefusedWithWhatToGive() {
        for (String bad : new String[] {"0", "-5"}) {
            assertThatThrownBy(() -> new CommandLine(new ServeCommand()).parseArgs("--deadline-ms", bad))
                    .isInstanceOf(CommandLine.ParameterException.class)
                    .hasMessageContaining("--deadline-ms must be a positive number of milliseconds");
        }
    }
}
