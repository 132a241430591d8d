package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.diagnostics.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SOURCE_DATE_EPOCH: whole seconds from 1970 to the end of 9999, checked before any work; anything else refused. */
class ClocksTest {

    private static final String RANGE = " — give seconds from 0 (1970-01-01) to 253402300799 (9999-12-31T23:59:59Z), such as "
            + "1700000000, or unset it";

    @Test
    void theEdgesOfTheRangeAreAccepted() {
        assertThat(Clocks.from("0").instant()).isEqualTo(Instant.EPOCH);
        assertThat(Clocks.from(" 253402300799\n").instant()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31556889864403199", "253402300800", "-1", "99999999999999999999999"})
    void outsideTheRangeIsRefusedUpFront(String value) {
        assertThatThrownBy(() -> Clocks.from(value)).isInstanceOf(InvalidInputException.class)
                .hasMessage("SOURCE_DATE_EPOCH: '" + value + "' is out of range" + RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "soon", "0x10", "1e9"})
    void notAWholeNumberIsRefused(String value) {
        assertThatThrownBy(() -> Clocks.from(value)).isInstanceOf(InvalidInputException.class)
                .hasMessage("SOURCE_DATE_EPOCH: '" + value + "' is not a whole number of seconds since 1970-01-01" + RANGE);
    }
}
