package dev.srm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.model.Architecture;
import dev.srm.model.Component;
import dev.srm.model.DataItem;
import dev.srm.model.Organization;
import dev.srm.model.Service;
import dev.srm.model.SourceFile;
import dev.srm.responsibility.Conclusions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/README.md is the rule authors' API: a fact field or conclusion method that it does not mention fails here. */
class FactModelDocumentedTest {

    private static final Path GUIDE = Path.of(System.getProperty("srm.projectDir", "."), "rules", "README.md");

    @Test
    void everyFactTypeFieldAndHelperIsDocumented() throws IOException {
        String guide = Files.readString(GUIDE);
        for (Class<?> fact : List.of(Architecture.class, Organization.class, Component.class, Service.class, DataItem.class,
                SourceFile.class, dev.srm.model.ServiceTraits.class, dev.srm.model.Statement.class)) {
            assertThat(guide).as("fact type " + fact.getSimpleName()).contains("`" + fact.getSimpleName() + "`");
            for (RecordComponent field : fact.getRecordComponents()) {
                assertThat(guide).as(fact.getSimpleName() + "." + field.getName()).contains("`" + field.getName() + "`");
            }
            for (Method method : fact.getDeclaredMethods()) {
                boolean accessor = List.of(fact.getRecordComponents()).stream().anyMatch(c -> c.getName().equals(method.getName()));
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()) && !accessor
                        && !List.of("equals", "hashCode", "toString").contains(method.getName())) {
                    assertThat(guide).as(fact.getSimpleName() + "." + method.getName() + "()").contains(method.getName() + "(");
                }
            }
        }
    }

    @Test
    void everyConclusionMethodIsDocumented() throws IOException {
        String guide = Files.readString(GUIDE);
        for (Method method : Conclusions.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.getName().equals("ruleFiring")
                    || List.of("decisions", "exclusions", "findings", "errors").contains(method.getName())) {
                continue;
            }
            assertThat(guide).as("srm." + method.getName()).contains("srm." + method.getName() + "(");
        }
    }

    @Test
    void everyEnumValueIsDocumented() throws IOException {
        String guide = Files.readString(GUIDE);
        for (Class<?> type : List.of(dev.srm.model.ServiceModel.class, dev.srm.model.ServiceCategory.class, dev.srm.model.Tenancy.class,
                dev.srm.model.Exposure.class, dev.srm.model.Classification.class, dev.srm.model.DataCategory.class,
                dev.srm.model.EncryptionAtRest.class, dev.srm.model.Responsibility.class, dev.srm.responsibility.Severity.class,
                dev.srm.model.ContentAtRest.class, dev.srm.model.ServiceScope.class, dev.srm.model.Patching.class,
                dev.srm.model.Availability.class, dev.srm.model.BackupModel.class, dev.srm.model.KeyOption.class,
                dev.srm.model.Hosting.class, dev.srm.model.InternetFacing.class)) {
            for (Object constant : type.getEnumConstants()) {
                assertThat(guide).as(type.getSimpleName() + "." + constant).contains("`" + ((Enum<?>) constant).name() + "`");
            }
        }
    }
}
