/**
 */
package org.jinzai.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Jinzai Workbench domain model: baselines (organization, staff, personas, steps, skills, courses), scenarios (policies, targets, run settings) and run results. The namespace URI carries the format version.
 * <!-- end-model-doc -->
 * @see org.jinzai.model.JinzaiFactory
 * @model kind="package"
 * @generated
 */
public interface JinzaiPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://jinzai.org/model/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "jinzai"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	JinzaiPackage eINSTANCE = org.jinzai.model.impl.JinzaiPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.NamedElementImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.BaselineImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__MODEL_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ORGANIZATION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Skill Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__SKILL_ITEMS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Courses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__COURSES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__STAFF = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Roster Aggregates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ROSTER_AGGREGATES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.OrganizationImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__POPULATION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Statutory Headcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__STATUTORY_HEADCOUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Departments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__DEPARTMENTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.DepartmentImpl <em>Department</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.DepartmentImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDepartment()
	 * @generated
	 */
	int DEPARTMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Headcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__HEADCOUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Large Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__LARGE_PROJECTS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.LargeProjectImpl <em>Large Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.LargeProjectImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLargeProject()
	 * @generated
	 */
	int LARGE_PROJECT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LARGE_PROJECT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LARGE_PROJECT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>First Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LARGE_PROJECT__FIRST_FISCAL_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Last Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LARGE_PROJECT__LAST_FISCAL_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Held Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LARGE_PROJECT__HELD_PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Large Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LARGE_PROJECT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Large Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LARGE_PROJECT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SkillItemImpl <em>Skill Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SkillItemImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillItem()
	 * @generated
	 */
	int SKILL_ITEM = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ITEM__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ITEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ITEM__GROUP = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ITEM__TOOL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Skill Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ITEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Skill Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_ITEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.PersonaImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__SHORT_NAME = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__EXTERNAL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Has Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__HAS_STEPS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Required Skills</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__REQUIRED_SKILLS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__STEPS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SkillRequirementImpl <em>Skill Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SkillRequirementImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillRequirement()
	 * @generated
	 */
	int SKILL_REQUIREMENT = 7;

	/**
	 * The feature id for the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT__SKILL = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT__LEVEL = 1;

	/**
	 * The number of structural features of the '<em>Skill Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Skill Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_REQUIREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.StepDefinitionImpl <em>Step Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.StepDefinitionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStepDefinition()
	 * @generated
	 */
	int STEP_DEFINITION = 8;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DEFINITION__STEP = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DEFINITION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DEFINITION__CRITERIA = 2;

	/**
	 * The number of structural features of the '<em>Step Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DEFINITION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Step Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.StepCriterionImpl <em>Step Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.StepCriterionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStepCriterion()
	 * @generated
	 */
	int STEP_CRITERION = 9;

	/**
	 * The number of structural features of the '<em>Step Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_CRITERION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Step Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_CRITERION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.CoursesCompletedCriterionImpl <em>Courses Completed Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.CoursesCompletedCriterionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCoursesCompletedCriterion()
	 * @generated
	 */
	int COURSES_COMPLETED_CRITERION = 10;

	/**
	 * The feature id for the '<em><b>Courses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSES_COMPLETED_CRITERION__COURSES = STEP_CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Minimum Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSES_COMPLETED_CRITERION__MINIMUM_COUNT = STEP_CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Courses Completed Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSES_COMPLETED_CRITERION_FEATURE_COUNT = STEP_CRITERION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Courses Completed Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSES_COMPLETED_CRITERION_OPERATION_COUNT = STEP_CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SkillLevelCriterionImpl <em>Skill Level Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SkillLevelCriterionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillLevelCriterion()
	 * @generated
	 */
	int SKILL_LEVEL_CRITERION = 11;

	/**
	 * The feature id for the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_LEVEL_CRITERION__SKILL = STEP_CRITERION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Minimum Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_LEVEL_CRITERION__MINIMUM_LEVEL = STEP_CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Skill Level Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_LEVEL_CRITERION_FEATURE_COUNT = STEP_CRITERION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Skill Level Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_LEVEL_CRITERION_OPERATION_COUNT = STEP_CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.LeadMonthsCriterionImpl <em>Lead Months Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.LeadMonthsCriterionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLeadMonthsCriterion()
	 * @generated
	 */
	int LEAD_MONTHS_CRITERION = 12;

	/**
	 * The feature id for the '<em><b>Minimum Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD_MONTHS_CRITERION__MINIMUM_MONTHS = STEP_CRITERION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Lead Months Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD_MONTHS_CRITERION_FEATURE_COUNT = STEP_CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Lead Months Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD_MONTHS_CRITERION_OPERATION_COUNT = STEP_CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.ProjectsLedCriterionImpl <em>Projects Led Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.ProjectsLedCriterionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getProjectsLedCriterion()
	 * @generated
	 */
	int PROJECTS_LED_CRITERION = 13;

	/**
	 * The feature id for the '<em><b>Minimum Projects</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTS_LED_CRITERION__MINIMUM_PROJECTS = STEP_CRITERION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Projects Led Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTS_LED_CRITERION_FEATURE_COUNT = STEP_CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Projects Led Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTS_LED_CRITERION_OPERATION_COUNT = STEP_CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.MentoringCriterionImpl <em>Mentoring Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.MentoringCriterionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getMentoringCriterion()
	 * @generated
	 */
	int MENTORING_CRITERION = 14;

	/**
	 * The feature id for the '<em><b>Minimum Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTORING_CRITERION__MINIMUM_MONTHS = STEP_CRITERION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Mentoring Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTORING_CRITERION_FEATURE_COUNT = STEP_CRITERION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Mentoring Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTORING_CRITERION_OPERATION_COUNT = STEP_CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.PreviousStepCriterionImpl <em>Previous Step Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.PreviousStepCriterionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getPreviousStepCriterion()
	 * @generated
	 */
	int PREVIOUS_STEP_CRITERION = 15;

	/**
	 * The number of structural features of the '<em>Previous Step Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREVIOUS_STEP_CRITERION_FEATURE_COUNT = STEP_CRITERION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Previous Step Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREVIOUS_STEP_CRITERION_OPERATION_COUNT = STEP_CRITERION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.CourseImpl <em>Course</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.CourseImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCourse()
	 * @generated
	 */
	int COURSE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__PROVIDER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__DURATION_DAYS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cost Per Seat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__COST_PER_SEAT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Grants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__GRANTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__TARGET_PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SkillGrantImpl <em>Skill Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SkillGrantImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillGrant()
	 * @generated
	 */
	int SKILL_GRANT = 17;

	/**
	 * The feature id for the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_GRANT__SKILL = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_GRANT__LEVEL = 1;

	/**
	 * The number of structural features of the '<em>Skill Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_GRANT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Skill Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_GRANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.StaffMemberImpl <em>Staff Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.StaffMemberImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStaffMember()
	 * @generated
	 */
	int STAFF_MEMBER = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__BIRTH_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hire Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__HIRE_FISCAL_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Employment Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__EMPLOYMENT_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Term End Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__TERM_END_FISCAL_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__FTE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__RANK = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__DEPARTMENT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__PERSONA = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Specialist Track</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__SPECIALIST_TRACK = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Months In Post</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__MONTHS_IN_POST = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Skill Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__SKILL_LEVELS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Courses Completed</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__COURSES_COMPLETED = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Months Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__MONTHS_LEADING = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Projects Led</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__PROJECTS_LED = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Months Mentoring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__MONTHS_MENTORING = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Steps Reached</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__STEPS_REACHED = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Staff Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Staff Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SkillLevelImpl <em>Skill Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SkillLevelImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillLevel()
	 * @generated
	 */
	int SKILL_LEVEL = 19;

	/**
	 * The feature id for the '<em><b>Skill</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_LEVEL__SKILL = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_LEVEL__LEVEL = 1;

	/**
	 * The number of structural features of the '<em>Skill Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_LEVEL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Skill Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKILL_LEVEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.StepReachedImpl <em>Step Reached</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.StepReachedImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStepReached()
	 * @generated
	 */
	int STEP_REACHED = 20;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_REACHED__PERSONA = 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_REACHED__STEP = 1;

	/**
	 * The number of structural features of the '<em>Step Reached</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_REACHED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Step Reached</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_REACHED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RosterAggregateImpl <em>Roster Aggregate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RosterAggregateImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRosterAggregate()
	 * @generated
	 */
	int ROSTER_AGGREGATE = 21;

	/**
	 * The feature id for the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROSTER_AGGREGATE__DEPARTMENT = 0;

	/**
	 * The feature id for the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROSTER_AGGREGATE__MIN_AGE = 1;

	/**
	 * The feature id for the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROSTER_AGGREGATE__MAX_AGE = 2;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROSTER_AGGREGATE__RANK = 3;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROSTER_AGGREGATE__PERSONA = 4;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROSTER_AGGREGATE__COUNT = 5;

	/**
	 * The feature id for the '<em><b>Employment Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROSTER_AGGREGATE__EMPLOYMENT_TYPE = 6;

	/**
	 * The number of structural features of the '<em>Roster Aggregate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROSTER_AGGREGATE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Roster Aggregate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROSTER_AGGREGATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.ScenarioImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MODEL_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BASELINE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Derived From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DERIVED_FROM = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Run Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__RUN_SETTINGS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Course Seats</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__COURSE_SEATS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PROJECTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Appointment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__APPOINTMENT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rotation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ROTATION = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Attrition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ATTRITION = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TARGETS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Backtest</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BACKTEST = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.BacktestSummaryImpl <em>Backtest Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.BacktestSummaryImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getBacktestSummary()
	 * @generated
	 */
	int BACKTEST_SUMMARY = 23;

	/**
	 * The feature id for the '<em><b>First Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY__FIRST_ORIGIN = 0;

	/**
	 * The feature id for the '<em><b>Last Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY__LAST_ORIGIN = 1;

	/**
	 * The feature id for the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY__LAST_YEAR = 2;

	/**
	 * The feature id for the '<em><b>Comparisons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY__COMPARISONS = 3;

	/**
	 * The feature id for the '<em><b>Inside80</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY__INSIDE80 = 4;

	/**
	 * The feature id for the '<em><b>Inside90</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY__INSIDE90 = 5;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY__RUNS = 6;

	/**
	 * The feature id for the '<em><b>Rates Drawn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY__RATES_DRAWN = 7;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY__DATE = 8;

	/**
	 * The number of structural features of the '<em>Backtest Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Backtest Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKTEST_SUMMARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RunSettingsImpl <em>Run Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RunSettingsImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRunSettings()
	 * @generated
	 */
	int RUN_SETTINGS = 24;

	/**
	 * The feature id for the '<em><b>First Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS__FIRST_FISCAL_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Horizon Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS__HORIZON_YEARS = 1;

	/**
	 * The feature id for the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS__REPLICATIONS = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS__SEED = 3;

	/**
	 * The feature id for the '<em><b>Rate Uncertainty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS__RATE_UNCERTAINTY = 4;

	/**
	 * The number of structural features of the '<em>Run Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Run Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.CourseSeatsImpl <em>Course Seats</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.CourseSeatsImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCourseSeats()
	 * @generated
	 */
	int COURSE_SEATS = 25;

	/**
	 * The feature id for the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_SEATS__COURSE = 0;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_SEATS__FISCAL_YEAR = 1;

	/**
	 * The feature id for the '<em><b>Seats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_SEATS__SEATS = 2;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_SEATS__MONTH = 3;

	/**
	 * The feature id for the '<em><b>Priority Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_SEATS__PRIORITY_PERSONA = 4;

	/**
	 * The feature id for the '<em><b>Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_SEATS__ESTIMATE = 5;

	/**
	 * The number of structural features of the '<em>Course Seats</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_SEATS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Course Seats</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_SEATS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.UptakeEstimateImpl <em>Uptake Estimate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.UptakeEstimateImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getUptakeEstimate()
	 * @generated
	 */
	int UPTAKE_ESTIMATE = 26;

	/**
	 * The feature id for the '<em><b>Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPTAKE_ESTIMATE__PER_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPTAKE_ESTIMATE__LOW = 1;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPTAKE_ESTIMATE__HIGH = 2;

	/**
	 * The feature id for the '<em><b>Completions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPTAKE_ESTIMATE__COMPLETIONS = 3;

	/**
	 * The feature id for the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPTAKE_ESTIMATE__FIRST_YEAR = 4;

	/**
	 * The feature id for the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPTAKE_ESTIMATE__LAST_YEAR = 5;

	/**
	 * The number of structural features of the '<em>Uptake Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPTAKE_ESTIMATE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Uptake Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPTAKE_ESTIMATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.DxProjectPlanImpl <em>Dx Project Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.DxProjectPlanImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDxProjectPlan()
	 * @generated
	 */
	int DX_PROJECT_PLAN = 27;

	/**
	 * The feature id for the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DX_PROJECT_PLAN__DEPARTMENT = 0;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DX_PROJECT_PLAN__FISCAL_YEAR = 1;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DX_PROJECT_PLAN__COUNT = 2;

	/**
	 * The feature id for the '<em><b>Duration Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DX_PROJECT_PLAN__DURATION_MONTHS = 3;

	/**
	 * The feature id for the '<em><b>Lead Seats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DX_PROJECT_PLAN__LEAD_SEATS = 4;

	/**
	 * The feature id for the '<em><b>Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DX_PROJECT_PLAN__START_MONTH = 5;

	/**
	 * The number of structural features of the '<em>Dx Project Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DX_PROJECT_PLAN_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Dx Project Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DX_PROJECT_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.AppointmentPolicyImpl <em>Appointment Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.AppointmentPolicyImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAppointmentPolicy()
	 * @generated
	 */
	int APPOINTMENT_POLICY = 28;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY__PERSONA = 0;

	/**
	 * The feature id for the '<em><b>Per Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY__PER_DEPARTMENT = 1;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY__TOTAL = 2;

	/**
	 * The feature id for the '<em><b>Yearly Appointments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY__YEARLY_APPOINTMENTS = 3;

	/**
	 * The feature id for the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY__MIN_AGE = 4;

	/**
	 * The feature id for the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY__MAX_AGE = 5;

	/**
	 * The feature id for the '<em><b>Min Months In Post</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY__MIN_MONTHS_IN_POST = 6;

	/**
	 * The feature id for the '<em><b>Reappointment Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY = 7;

	/**
	 * The feature id for the '<em><b>Reappointment Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE = 8;

	/**
	 * The number of structural features of the '<em>Appointment Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Appointment Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPOINTMENT_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RotationPolicyImpl <em>Rotation Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RotationPolicyImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRotationPolicy()
	 * @generated
	 */
	int ROTATION_POLICY = 29;

	/**
	 * The feature id for the '<em><b>Min Tenure Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_POLICY__MIN_TENURE_YEARS = 0;

	/**
	 * The feature id for the '<em><b>Max Tenure Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_POLICY__MAX_TENURE_YEARS = 1;

	/**
	 * The feature id for the '<em><b>Move Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_POLICY__MOVE_MONTH = 2;

	/**
	 * The feature id for the '<em><b>Allowed Transfers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_POLICY__ALLOWED_TRANSFERS = 3;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_POLICY__RULES = 4;

	/**
	 * The feature id for the '<em><b>Tenures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_POLICY__TENURES = 5;

	/**
	 * The number of structural features of the '<em>Rotation Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_POLICY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Rotation Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.KindTenureImpl <em>Kind Tenure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.KindTenureImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getKindTenure()
	 * @generated
	 */
	int KIND_TENURE = 30;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KIND_TENURE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Min Tenure Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KIND_TENURE__MIN_TENURE_YEARS = 1;

	/**
	 * The feature id for the '<em><b>Max Tenure Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KIND_TENURE__MAX_TENURE_YEARS = 2;

	/**
	 * The feature id for the '<em><b>Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KIND_TENURE__ESTIMATE = 3;

	/**
	 * The number of structural features of the '<em>Kind Tenure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KIND_TENURE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Kind Tenure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KIND_TENURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.AllowedTransferImpl <em>Allowed Transfer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.AllowedTransferImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAllowedTransfer()
	 * @generated
	 */
	int ALLOWED_TRANSFER = 32;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RotationRuleImpl <em>Rotation Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RotationRuleImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRotationRule()
	 * @generated
	 */
	int ROTATION_RULE = 33;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.NoMoveAfterCourseRuleImpl <em>No Move After Course Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.NoMoveAfterCourseRuleImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getNoMoveAfterCourseRule()
	 * @generated
	 */
	int NO_MOVE_AFTER_COURSE_RULE = 34;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.NoMoveDuringLargeProjectRuleImpl <em>No Move During Large Project Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.NoMoveDuringLargeProjectRuleImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getNoMoveDuringLargeProjectRule()
	 * @generated
	 */
	int NO_MOVE_DURING_LARGE_PROJECT_RULE = 35;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.HeadcountBoundRuleImpl <em>Headcount Bound Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.HeadcountBoundRuleImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getHeadcountBoundRule()
	 * @generated
	 */
	int HEADCOUNT_BOUND_RULE = 36;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.Step3ToLargeProjectsRuleImpl <em>Step3 To Large Projects Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.Step3ToLargeProjectsRuleImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStep3ToLargeProjectsRule()
	 * @generated
	 */
	int STEP3_TO_LARGE_PROJECTS_RULE = 37;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.LeaveItAfterStepRuleImpl <em>Leave It After Step Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.LeaveItAfterStepRuleImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLeaveItAfterStepRule()
	 * @generated
	 */
	int LEAVE_IT_AFTER_STEP_RULE = 38;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SpecialistStaysInItRuleImpl <em>Specialist Stays In It Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SpecialistStaysInItRuleImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSpecialistStaysInItRule()
	 * @generated
	 */
	int SPECIALIST_STAYS_IN_IT_RULE = 39;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SpreadStepRuleImpl <em>Spread Step Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SpreadStepRuleImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSpreadStepRule()
	 * @generated
	 */
	int SPREAD_STEP_RULE = 40;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RecruitmentChannelImpl <em>Recruitment Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RecruitmentChannelImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRecruitmentChannel()
	 * @generated
	 */
	int RECRUITMENT_CHANNEL = 41;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.YearlyCountImpl <em>Yearly Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.YearlyCountImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getYearlyCount()
	 * @generated
	 */
	int YEARLY_COUNT = 42;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.AttritionPolicyImpl <em>Attrition Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.AttritionPolicyImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAttritionPolicy()
	 * @generated
	 */
	int ATTRITION_POLICY = 43;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.AttritionRateImpl <em>Attrition Rate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.AttritionRateImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAttritionRate()
	 * @generated
	 */
	int ATTRITION_RATE = 44;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RateEstimateImpl <em>Rate Estimate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RateEstimateImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRateEstimate()
	 * @generated
	 */
	int RATE_ESTIMATE = 45;

	/**
	 * The feature id for the '<em><b>Estimated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE__ESTIMATED = 0;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE__LOW = 1;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE__HIGH = 2;

	/**
	 * The feature id for the '<em><b>Events</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE__EVENTS = 3;

	/**
	 * The feature id for the '<em><b>Exposure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE__EXPOSURE = 4;

	/**
	 * The feature id for the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE__FIRST_YEAR = 5;

	/**
	 * The feature id for the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE__LAST_YEAR = 6;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE__ALPHA = 7;

	/**
	 * The feature id for the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE__BETA = 8;

	/**
	 * The number of structural features of the '<em>Rate Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Rate Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_ESTIMATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.TenureEstimateImpl <em>Tenure Estimate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.TenureEstimateImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTenureEstimate()
	 * @generated
	 */
	int TENURE_ESTIMATE = 31;

	/**
	 * The feature id for the '<em><b>Estimated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__ESTIMATED = RATE_ESTIMATE__ESTIMATED;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__LOW = RATE_ESTIMATE__LOW;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__HIGH = RATE_ESTIMATE__HIGH;

	/**
	 * The feature id for the '<em><b>Events</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__EVENTS = RATE_ESTIMATE__EVENTS;

	/**
	 * The feature id for the '<em><b>Exposure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__EXPOSURE = RATE_ESTIMATE__EXPOSURE;

	/**
	 * The feature id for the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__FIRST_YEAR = RATE_ESTIMATE__FIRST_YEAR;

	/**
	 * The feature id for the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__LAST_YEAR = RATE_ESTIMATE__LAST_YEAR;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__ALPHA = RATE_ESTIMATE__ALPHA;

	/**
	 * The feature id for the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__BETA = RATE_ESTIMATE__BETA;

	/**
	 * The feature id for the '<em><b>Fitted Min Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__FITTED_MIN_YEARS = RATE_ESTIMATE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fitted Max Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE__FITTED_MAX_YEARS = RATE_ESTIMATE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Tenure Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE_FEATURE_COUNT = RATE_ESTIMATE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Tenure Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_ESTIMATE_OPERATION_COUNT = RATE_ESTIMATE_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOWED_TRANSFER__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOWED_TRANSFER__TO = 1;

	/**
	 * The number of structural features of the '<em>Allowed Transfer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOWED_TRANSFER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Allowed Transfer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOWED_TRANSFER_OPERATION_COUNT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_RULE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_RULE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_RULE__ENABLED = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_RULE__HARD = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_RULE__WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Rotation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_RULE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Rotation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_RULE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_AFTER_COURSE_RULE__ID = ROTATION_RULE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_AFTER_COURSE_RULE__NAME = ROTATION_RULE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_AFTER_COURSE_RULE__ENABLED = ROTATION_RULE__ENABLED;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_AFTER_COURSE_RULE__HARD = ROTATION_RULE__HARD;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_AFTER_COURSE_RULE__WEIGHT = ROTATION_RULE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_AFTER_COURSE_RULE__MONTHS = ROTATION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>No Move After Course Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_AFTER_COURSE_RULE_FEATURE_COUNT = ROTATION_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>No Move After Course Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_AFTER_COURSE_RULE_OPERATION_COUNT = ROTATION_RULE_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_DURING_LARGE_PROJECT_RULE__ID = ROTATION_RULE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_DURING_LARGE_PROJECT_RULE__NAME = ROTATION_RULE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_DURING_LARGE_PROJECT_RULE__ENABLED = ROTATION_RULE__ENABLED;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_DURING_LARGE_PROJECT_RULE__HARD = ROTATION_RULE__HARD;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_DURING_LARGE_PROJECT_RULE__WEIGHT = ROTATION_RULE__WEIGHT;

	/**
	 * The number of structural features of the '<em>No Move During Large Project Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_DURING_LARGE_PROJECT_RULE_FEATURE_COUNT = ROTATION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>No Move During Large Project Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NO_MOVE_DURING_LARGE_PROJECT_RULE_OPERATION_COUNT = ROTATION_RULE_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__ID = ROTATION_RULE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__NAME = ROTATION_RULE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__ENABLED = ROTATION_RULE__ENABLED;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__HARD = ROTATION_RULE__HARD;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__WEIGHT = ROTATION_RULE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__PERSONA = ROTATION_RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Minimum Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__MINIMUM_STEP = ROTATION_RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__MINIMUM = ROTATION_RULE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__MAXIMUM = ROTATION_RULE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Department Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE__DEPARTMENT_KIND = ROTATION_RULE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Headcount Bound Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE_FEATURE_COUNT = ROTATION_RULE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Headcount Bound Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADCOUNT_BOUND_RULE_OPERATION_COUNT = ROTATION_RULE_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP3_TO_LARGE_PROJECTS_RULE__ID = ROTATION_RULE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP3_TO_LARGE_PROJECTS_RULE__NAME = ROTATION_RULE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP3_TO_LARGE_PROJECTS_RULE__ENABLED = ROTATION_RULE__ENABLED;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP3_TO_LARGE_PROJECTS_RULE__HARD = ROTATION_RULE__HARD;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP3_TO_LARGE_PROJECTS_RULE__WEIGHT = ROTATION_RULE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP3_TO_LARGE_PROJECTS_RULE__PERSONA = ROTATION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Step3 To Large Projects Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP3_TO_LARGE_PROJECTS_RULE_FEATURE_COUNT = ROTATION_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Step3 To Large Projects Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP3_TO_LARGE_PROJECTS_RULE_OPERATION_COUNT = ROTATION_RULE_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAVE_IT_AFTER_STEP_RULE__ID = ROTATION_RULE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAVE_IT_AFTER_STEP_RULE__NAME = ROTATION_RULE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAVE_IT_AFTER_STEP_RULE__ENABLED = ROTATION_RULE__ENABLED;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAVE_IT_AFTER_STEP_RULE__HARD = ROTATION_RULE__HARD;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAVE_IT_AFTER_STEP_RULE__WEIGHT = ROTATION_RULE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAVE_IT_AFTER_STEP_RULE__PERSONA = ROTATION_RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAVE_IT_AFTER_STEP_RULE__STEP = ROTATION_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Leave It After Step Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAVE_IT_AFTER_STEP_RULE_FEATURE_COUNT = ROTATION_RULE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Leave It After Step Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAVE_IT_AFTER_STEP_RULE_OPERATION_COUNT = ROTATION_RULE_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIST_STAYS_IN_IT_RULE__ID = ROTATION_RULE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIST_STAYS_IN_IT_RULE__NAME = ROTATION_RULE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIST_STAYS_IN_IT_RULE__ENABLED = ROTATION_RULE__ENABLED;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIST_STAYS_IN_IT_RULE__HARD = ROTATION_RULE__HARD;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIST_STAYS_IN_IT_RULE__WEIGHT = ROTATION_RULE__WEIGHT;

	/**
	 * The number of structural features of the '<em>Specialist Stays In It Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIST_STAYS_IN_IT_RULE_FEATURE_COUNT = ROTATION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Specialist Stays In It Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECIALIST_STAYS_IN_IT_RULE_OPERATION_COUNT = ROTATION_RULE_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPREAD_STEP_RULE__ID = ROTATION_RULE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPREAD_STEP_RULE__NAME = ROTATION_RULE__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPREAD_STEP_RULE__ENABLED = ROTATION_RULE__ENABLED;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPREAD_STEP_RULE__HARD = ROTATION_RULE__HARD;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPREAD_STEP_RULE__WEIGHT = ROTATION_RULE__WEIGHT;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPREAD_STEP_RULE__PERSONA = ROTATION_RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPREAD_STEP_RULE__STEP = ROTATION_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Spread Step Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPREAD_STEP_RULE_FEATURE_COUNT = ROTATION_RULE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Spread Step Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPREAD_STEP_RULE_OPERATION_COUNT = ROTATION_RULE_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__PERSONA = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__DEPARTMENT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__PLAN = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__MONTH = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Fill Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__FILL_PROBABILITY = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pass Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__PASS_RATE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Lead Time Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__LEAD_TIME_MONTHS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cost Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__COST_PER_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__FTE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Term Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL__TERM_YEARS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Recruitment Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Recruitment Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUITMENT_CHANNEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT__FISCAL_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT__COUNT = 1;

	/**
	 * The number of structural features of the '<em>Yearly Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Yearly Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEARLY_COUNT_OPERATION_COUNT = 0;

	/**
	 * The feature id for the '<em><b>Rates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_POLICY__RATES = 0;

	/**
	 * The feature id for the '<em><b>Specialist Without Track Multiplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_POLICY__SPECIALIST_WITHOUT_TRACK_MULTIPLIER = 1;

	/**
	 * The feature id for the '<em><b>Retirement Ages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_POLICY__RETIREMENT_AGES = 2;

	/**
	 * The number of structural features of the '<em>Attrition Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_POLICY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Attrition Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_POLICY_OPERATION_COUNT = 0;

	/**
	 * The feature id for the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_RATE__MIN_AGE = 0;

	/**
	 * The feature id for the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_RATE__MAX_AGE = 1;

	/**
	 * The feature id for the '<em><b>Employment Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_RATE__EMPLOYMENT_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Yearly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_RATE__YEARLY_RATE = 3;

	/**
	 * The feature id for the '<em><b>Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_RATE__ESTIMATE = 4;

	/**
	 * The number of structural features of the '<em>Attrition Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_RATE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Attrition Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRITION_RATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RetirementAgeImpl <em>Retirement Age</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RetirementAgeImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRetirementAge()
	 * @generated
	 */
	int RETIREMENT_AGE = 46;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT_AGE__FISCAL_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT_AGE__AGE = 1;

	/**
	 * The number of structural features of the '<em>Retirement Age</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT_AGE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Retirement Age</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETIREMENT_AGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.TargetImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 47;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__PERSONA = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Minimum Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__MINIMUM_STEP = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Count By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__COUNT_BY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__SCOPE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__DEPARTMENT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Department Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__DEPARTMENT_KIND = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__COURSE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__VALUES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.TargetValueImpl <em>Target Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.TargetValueImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetValue()
	 * @generated
	 */
	int TARGET_VALUE = 48;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_VALUE__FISCAL_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Target Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Target Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RunResultImpl <em>Run Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RunResultImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRunResult()
	 * @generated
	 */
	int RUN_RESULT = 49;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__SCENARIO = 0;

	/**
	 * The feature id for the '<em><b>Scenario File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__SCENARIO_FILE = 1;

	/**
	 * The feature id for the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__REPLICATIONS = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__SEED = 3;

	/**
	 * The feature id for the '<em><b>Input Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__INPUT_FINGERPRINT = 4;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__CREATED_AT = 5;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__ENGINE_VERSION = 6;

	/**
	 * The feature id for the '<em><b>Years</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__YEARS = 7;

	/**
	 * The number of structural features of the '<em>Run Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Run Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.YearResultImpl <em>Year Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.YearResultImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getYearResult()
	 * @generated
	 */
	int YEAR_RESULT = 50;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_RESULT__FISCAL_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_RESULT__TARGETS = 1;

	/**
	 * The feature id for the '<em><b>Counts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_RESULT__COUNTS = 2;

	/**
	 * The feature id for the '<em><b>Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_RESULT__FLOWS = 3;

	/**
	 * The number of structural features of the '<em>Year Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_RESULT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Year Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YEAR_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.DistributionImpl <em>Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.DistributionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDistribution()
	 * @generated
	 */
	int DISTRIBUTION = 51;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__MEAN = 0;

	/**
	 * The feature id for the '<em><b>P10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__P10 = 1;

	/**
	 * The feature id for the '<em><b>P50</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__P50 = 2;

	/**
	 * The feature id for the '<em><b>P90</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION__P90 = 3;

	/**
	 * The number of structural features of the '<em>Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTRIBUTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.TargetResultImpl <em>Target Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.TargetResultImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetResult()
	 * @generated
	 */
	int TARGET_RESULT = 52;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__MEAN = DISTRIBUTION__MEAN;

	/**
	 * The feature id for the '<em><b>P10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__P10 = DISTRIBUTION__P10;

	/**
	 * The feature id for the '<em><b>P50</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__P50 = DISTRIBUTION__P50;

	/**
	 * The feature id for the '<em><b>P90</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__P90 = DISTRIBUTION__P90;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__TARGET = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__TARGET_NAME = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Probability Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__PROBABILITY_MET = DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Departments In Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__DEPARTMENTS_IN_SCOPE = DISTRIBUTION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Most Missed Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__MOST_MISSED_DEPARTMENT_ID = DISTRIBUTION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Most Missed Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__MOST_MISSED_PROBABILITY = DISTRIBUTION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Department Misses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT__DEPARTMENT_MISSES = DISTRIBUTION_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Target Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Target Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_RESULT_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.CountResultImpl <em>Count Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.CountResultImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCountResult()
	 * @generated
	 */
	int COUNT_RESULT = 53;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT__MEAN = DISTRIBUTION__MEAN;

	/**
	 * The feature id for the '<em><b>P10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT__P10 = DISTRIBUTION__P10;

	/**
	 * The feature id for the '<em><b>P50</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT__P50 = DISTRIBUTION__P50;

	/**
	 * The feature id for the '<em><b>P90</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT__P90 = DISTRIBUTION__P90;

	/**
	 * The feature id for the '<em><b>Persona Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT__PERSONA_ID = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT__STEP = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>By Skill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT__BY_SKILL = DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT__DEPARTMENT_ID = DISTRIBUTION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Count Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Count Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNT_RESULT_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.FlowResultImpl <em>Flow Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.FlowResultImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getFlowResult()
	 * @generated
	 */
	int FLOW_RESULT = 54;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_RESULT__MEAN = DISTRIBUTION__MEAN;

	/**
	 * The feature id for the '<em><b>P10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_RESULT__P10 = DISTRIBUTION__P10;

	/**
	 * The feature id for the '<em><b>P50</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_RESULT__P50 = DISTRIBUTION__P50;

	/**
	 * The feature id for the '<em><b>P90</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_RESULT__P90 = DISTRIBUTION__P90;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_RESULT__MEASURE = DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_RESULT__DEPARTMENT_ID = DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Flow Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_RESULT_FEATURE_COUNT = DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Flow Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_RESULT_OPERATION_COUNT = DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.DepartmentMissImpl <em>Department Miss</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.DepartmentMissImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDepartmentMiss()
	 * @generated
	 */
	int DEPARTMENT_MISS = 55;

	/**
	 * The feature id for the '<em><b>Department Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_MISS__DEPARTMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_MISS__PROBABILITY = 1;

	/**
	 * The number of structural features of the '<em>Department Miss</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_MISS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Department Miss</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_MISS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.ExperimentImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 56;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SCENARIO = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scenario File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SCENARIO_FILE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TARGET_NAME = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__FISCAL_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__REPLICATIONS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Input Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__INPUT_FINGERPRINT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__CREATED_AT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ELAPSED_SECONDS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.LeverImpl <em>Lever</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.LeverImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLever()
	 * @generated
	 */
	int LEVER = 57;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER__KIND = 0;

	/**
	 * The feature id for the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER__ELEMENT_ID = 1;

	/**
	 * The feature id for the '<em><b>Element Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER__ELEMENT_NAME = 2;

	/**
	 * The number of structural features of the '<em>Lever</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Lever</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.GoalSeekExperimentImpl <em>Goal Seek Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.GoalSeekExperimentImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getGoalSeekExperiment()
	 * @generated
	 */
	int GOAL_SEEK_EXPERIMENT = 58;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__ID = EXPERIMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__NAME = EXPERIMENT__NAME;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__SCENARIO = EXPERIMENT__SCENARIO;

	/**
	 * The feature id for the '<em><b>Scenario File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__SCENARIO_FILE = EXPERIMENT__SCENARIO_FILE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__TARGET = EXPERIMENT__TARGET;

	/**
	 * The feature id for the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__TARGET_NAME = EXPERIMENT__TARGET_NAME;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__FISCAL_YEAR = EXPERIMENT__FISCAL_YEAR;

	/**
	 * The feature id for the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__REPLICATIONS = EXPERIMENT__REPLICATIONS;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__SEED = EXPERIMENT__SEED;

	/**
	 * The feature id for the '<em><b>Input Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__INPUT_FINGERPRINT = EXPERIMENT__INPUT_FINGERPRINT;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__CREATED_AT = EXPERIMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__ELAPSED_SECONDS = EXPERIMENT__ELAPSED_SECONDS;

	/**
	 * The feature id for the '<em><b>Lever</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__LEVER = EXPERIMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__PROBABILITY = EXPERIMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__MINIMUM = EXPERIMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__MAXIMUM = EXPERIMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Feasible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__FEASIBLE = EXPERIMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__ANSWER = EXPERIMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Achieved Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__ACHIEVED_PROBABILITY = EXPERIMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Probability Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__PROBABILITY_LOW = EXPERIMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Probability High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__PROBABILITY_HIGH = EXPERIMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT__EVALUATIONS = EXPERIMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Goal Seek Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT_FEATURE_COUNT = EXPERIMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Goal Seek Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_SEEK_EXPERIMENT_OPERATION_COUNT = EXPERIMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.LeverEvaluationImpl <em>Lever Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.LeverEvaluationImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLeverEvaluation()
	 * @generated
	 */
	int LEVER_EVALUATION = 59;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER_EVALUATION__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER_EVALUATION__PROBABILITY = 1;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER_EVALUATION__MEAN = 2;

	/**
	 * The feature id for the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER_EVALUATION__REPLICATIONS = 3;

	/**
	 * The number of structural features of the '<em>Lever Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER_EVALUATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Lever Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVER_EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SweepExperimentImpl <em>Sweep Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SweepExperimentImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSweepExperiment()
	 * @generated
	 */
	int SWEEP_EXPERIMENT = 60;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__ID = EXPERIMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__NAME = EXPERIMENT__NAME;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__SCENARIO = EXPERIMENT__SCENARIO;

	/**
	 * The feature id for the '<em><b>Scenario File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__SCENARIO_FILE = EXPERIMENT__SCENARIO_FILE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__TARGET = EXPERIMENT__TARGET;

	/**
	 * The feature id for the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__TARGET_NAME = EXPERIMENT__TARGET_NAME;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__FISCAL_YEAR = EXPERIMENT__FISCAL_YEAR;

	/**
	 * The feature id for the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__REPLICATIONS = EXPERIMENT__REPLICATIONS;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__SEED = EXPERIMENT__SEED;

	/**
	 * The feature id for the '<em><b>Input Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__INPUT_FINGERPRINT = EXPERIMENT__INPUT_FINGERPRINT;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__CREATED_AT = EXPERIMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__ELAPSED_SECONDS = EXPERIMENT__ELAPSED_SECONDS;

	/**
	 * The feature id for the '<em><b>First</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__FIRST = EXPERIMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>First Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__FIRST_VALUES = EXPERIMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Second</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__SECOND = EXPERIMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Second Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__SECOND_VALUES = EXPERIMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT__POINTS = EXPERIMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Sweep Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT_FEATURE_COUNT = EXPERIMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Sweep Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_EXPERIMENT_OPERATION_COUNT = EXPERIMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SweepPointImpl <em>Sweep Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SweepPointImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSweepPoint()
	 * @generated
	 */
	int SWEEP_POINT = 61;

	/**
	 * The feature id for the '<em><b>First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_POINT__FIRST = 0;

	/**
	 * The feature id for the '<em><b>Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_POINT__SECOND = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_POINT__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Sweep Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_POINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Sweep Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.TargetOutcomeImpl <em>Target Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.TargetOutcomeImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetOutcome()
	 * @generated
	 */
	int TARGET_OUTCOME = 62;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OUTCOME__TARGET = 0;

	/**
	 * The feature id for the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OUTCOME__TARGET_NAME = 1;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OUTCOME__PROBABILITY = 2;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OUTCOME__MEAN = 3;

	/**
	 * The number of structural features of the '<em>Target Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OUTCOME_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Target Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OUTCOME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SensitivityExperimentImpl <em>Sensitivity Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SensitivityExperimentImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSensitivityExperiment()
	 * @generated
	 */
	int SENSITIVITY_EXPERIMENT = 63;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__ID = EXPERIMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__NAME = EXPERIMENT__NAME;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__SCENARIO = EXPERIMENT__SCENARIO;

	/**
	 * The feature id for the '<em><b>Scenario File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__SCENARIO_FILE = EXPERIMENT__SCENARIO_FILE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__TARGET = EXPERIMENT__TARGET;

	/**
	 * The feature id for the '<em><b>Target Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__TARGET_NAME = EXPERIMENT__TARGET_NAME;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__FISCAL_YEAR = EXPERIMENT__FISCAL_YEAR;

	/**
	 * The feature id for the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__REPLICATIONS = EXPERIMENT__REPLICATIONS;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__SEED = EXPERIMENT__SEED;

	/**
	 * The feature id for the '<em><b>Input Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__INPUT_FINGERPRINT = EXPERIMENT__INPUT_FINGERPRINT;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__CREATED_AT = EXPERIMENT__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__ELAPSED_SECONDS = EXPERIMENT__ELAPSED_SECONDS;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__PERCENT = EXPERIMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Base Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__BASE_MEAN = EXPERIMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Base Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__BASE_PROBABILITY = EXPERIMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bars</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT__BARS = EXPERIMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Sensitivity Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT_FEATURE_COUNT = EXPERIMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Sensitivity Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_EXPERIMENT_OPERATION_COUNT = EXPERIMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SensitivityBarImpl <em>Sensitivity Bar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SensitivityBarImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSensitivityBar()
	 * @generated
	 */
	int SENSITIVITY_BAR = 64;

	/**
	 * The feature id for the '<em><b>Lever</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_BAR__LEVER = 0;

	/**
	 * The feature id for the '<em><b>Low Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_BAR__LOW_VALUE = 1;

	/**
	 * The feature id for the '<em><b>High Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_BAR__HIGH_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Low Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_BAR__LOW_MEAN = 3;

	/**
	 * The feature id for the '<em><b>High Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_BAR__HIGH_MEAN = 4;

	/**
	 * The feature id for the '<em><b>Low Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_BAR__LOW_PROBABILITY = 5;

	/**
	 * The feature id for the '<em><b>High Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_BAR__HIGH_PROBABILITY = 6;

	/**
	 * The number of structural features of the '<em>Sensitivity Bar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_BAR_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Sensitivity Bar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SENSITIVITY_BAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RegionImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 65;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Run Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__RUN_SETTINGS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__MEMBERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__POOLS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Courses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__COURSES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RegionMemberImpl <em>Region Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RegionMemberImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRegionMember()
	 * @generated
	 */
	int REGION_MEMBER = 66;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MEMBER__SCENARIO = 0;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MEMBER__PRIORITY = 1;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MEMBER__REQUESTS = 2;

	/**
	 * The feature id for the '<em><b>Course Requests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MEMBER__COURSE_REQUESTS = 3;

	/**
	 * The feature id for the '<em><b>Secondments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MEMBER__SECONDMENTS = 4;

	/**
	 * The number of structural features of the '<em>Region Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MEMBER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Region Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_MEMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.PoolRequestImpl <em>Pool Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.PoolRequestImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getPoolRequest()
	 * @generated
	 */
	int POOL_REQUEST = 67;

	/**
	 * The feature id for the '<em><b>Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_REQUEST__POOL = 0;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_REQUEST__PERSONA = 1;

	/**
	 * The feature id for the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_REQUEST__DEPARTMENT = 2;

	/**
	 * The feature id for the '<em><b>Days</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_REQUEST__DAYS = 3;

	/**
	 * The feature id for the '<em><b>When Short Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_REQUEST__WHEN_SHORT_OF = 4;

	/**
	 * The number of structural features of the '<em>Pool Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_REQUEST_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Pool Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_REQUEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.PoolImpl <em>Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.PoolImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getPool()
	 * @generated
	 */
	int POOL = 68;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Initial Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__INITIAL_STAFF = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Days Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__DAYS_PER_WEEK = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hires</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__HIRES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hire Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__HIRE_MONTH = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fill Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__FILL_PROBABILITY = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Term Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__TERM_YEARS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Yearly Attrition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__YEARLY_ATTRITION = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Cost Per Person Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__COST_PER_PERSON_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__STEP = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Allocation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__ALLOCATION = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Prefecture Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__PREFECTURE_SHARE = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Member Sharing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__MEMBER_SHARING = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.RegionCourseImpl <em>Region Course</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.RegionCourseImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRegionCourse()
	 * @generated
	 */
	int REGION_COURSE = 69;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_COURSE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_COURSE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Course Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_COURSE__COURSE_ID = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Seats</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_COURSE__SEATS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_COURSE__MONTH = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allocation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_COURSE__ALLOCATION = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Region Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_COURSE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Region Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_COURSE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.CourseRequestImpl <em>Course Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.CourseRequestImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCourseRequest()
	 * @generated
	 */
	int COURSE_REQUEST = 70;

	/**
	 * The feature id for the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_REQUEST__COURSE = 0;

	/**
	 * The feature id for the '<em><b>Seats</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_REQUEST__SEATS = 1;

	/**
	 * The number of structural features of the '<em>Course Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_REQUEST_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Course Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_REQUEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.impl.SecondmentImpl <em>Secondment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.impl.SecondmentImpl
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSecondment()
	 * @generated
	 */
	int SECONDMENT = 71;

	/**
	 * The feature id for the '<em><b>Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDMENT__POOL = 0;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDMENT__PERSONA = 1;

	/**
	 * The feature id for the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDMENT__DEPARTMENT = 2;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDMENT__STAFF = 3;

	/**
	 * The feature id for the '<em><b>Term Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDMENT__TERM_YEARS = 4;

	/**
	 * The feature id for the '<em><b>Step On Return</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDMENT__STEP_ON_RETURN = 5;

	/**
	 * The feature id for the '<em><b>Serving Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDMENT__SERVING_DAYS = 6;

	/**
	 * The number of structural features of the '<em>Secondment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Secondment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jinzai.model.MunicipalityKind <em>Municipality Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.MunicipalityKind
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getMunicipalityKind()
	 * @generated
	 */
	int MUNICIPALITY_KIND = 72;

	/**
	 * The meta object id for the '{@link org.jinzai.model.DepartmentKind <em>Department Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.DepartmentKind
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDepartmentKind()
	 * @generated
	 */
	int DEPARTMENT_KIND = 73;

	/**
	 * The meta object id for the '{@link org.jinzai.model.EmploymentType <em>Employment Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.EmploymentType
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getEmploymentType()
	 * @generated
	 */
	int EMPLOYMENT_TYPE = 74;

	/**
	 * The meta object id for the '{@link org.jinzai.model.Rank <em>Rank</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.Rank
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRank()
	 * @generated
	 */
	int RANK = 75;

	/**
	 * The meta object id for the '{@link org.jinzai.model.Provider <em>Provider</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.Provider
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getProvider()
	 * @generated
	 */
	int PROVIDER = 76;

	/**
	 * The meta object id for the '{@link org.jinzai.model.ChannelKind <em>Channel Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.ChannelKind
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getChannelKind()
	 * @generated
	 */
	int CHANNEL_KIND = 77;

	/**
	 * The meta object id for the '{@link org.jinzai.model.TargetKind <em>Target Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.TargetKind
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetKind()
	 * @generated
	 */
	int TARGET_KIND = 78;

	/**
	 * The meta object id for the '{@link org.jinzai.model.TargetScope <em>Target Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.TargetScope
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetScope()
	 * @generated
	 */
	int TARGET_SCOPE = 79;


	/**
	 * The meta object id for the '{@link org.jinzai.model.CountBasis <em>Count Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.CountBasis
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCountBasis()
	 * @generated
	 */
	int COUNT_BASIS = 80;


	/**
	 * The meta object id for the '{@link org.jinzai.model.AllocationPolicy <em>Allocation Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.AllocationPolicy
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAllocationPolicy()
	 * @generated
	 */
	int ALLOCATION_POLICY = 81;

	/**
	 * The meta object id for the '{@link org.jinzai.model.CostSharing <em>Cost Sharing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jinzai.model.CostSharing
	 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCostSharing()
	 * @generated
	 */
	int COST_SHARING = 82;


	/**
	 * Returns the meta object for class '{@link org.jinzai.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.jinzai.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.NamedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.jinzai.model.NamedElement#getId()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jinzai.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see org.jinzai.model.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Baseline#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.jinzai.model.Baseline#getDescription()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Baseline#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see org.jinzai.model.Baseline#getModelVersion()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_ModelVersion();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.Baseline#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Organization</em>'.
	 * @see org.jinzai.model.Baseline#getOrganization()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Organization();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Baseline#getSkillItems <em>Skill Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Skill Items</em>'.
	 * @see org.jinzai.model.Baseline#getSkillItems()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_SkillItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Baseline#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see org.jinzai.model.Baseline#getPersonas()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Baseline#getCourses <em>Courses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Courses</em>'.
	 * @see org.jinzai.model.Baseline#getCourses()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Courses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Baseline#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Staff</em>'.
	 * @see org.jinzai.model.Baseline#getStaff()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Staff();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Baseline#getRosterAggregates <em>Roster Aggregates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roster Aggregates</em>'.
	 * @see org.jinzai.model.Baseline#getRosterAggregates()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_RosterAggregates();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.jinzai.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jinzai.model.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Organization#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.jinzai.model.Organization#getPopulation()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Organization#getStatutoryHeadcount <em>Statutory Headcount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statutory Headcount</em>'.
	 * @see org.jinzai.model.Organization#getStatutoryHeadcount()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_StatutoryHeadcount();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Organization#getDepartments <em>Departments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Departments</em>'.
	 * @see org.jinzai.model.Organization#getDepartments()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Departments();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Department</em>'.
	 * @see org.jinzai.model.Department
	 * @generated
	 */
	EClass getDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Department#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jinzai.model.Department#getKind()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Department#getHeadcount <em>Headcount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Headcount</em>'.
	 * @see org.jinzai.model.Department#getHeadcount()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_Headcount();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Department#getLargeProjects <em>Large Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Large Projects</em>'.
	 * @see org.jinzai.model.Department#getLargeProjects()
	 * @see #getDepartment()
	 * @generated
	 */
	EReference getDepartment_LargeProjects();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.LargeProject <em>Large Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Large Project</em>'.
	 * @see org.jinzai.model.LargeProject
	 * @generated
	 */
	EClass getLargeProject();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.LargeProject#getFirstFiscalYear <em>First Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Fiscal Year</em>'.
	 * @see org.jinzai.model.LargeProject#getFirstFiscalYear()
	 * @see #getLargeProject()
	 * @generated
	 */
	EAttribute getLargeProject_FirstFiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.LargeProject#getLastFiscalYear <em>Last Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Fiscal Year</em>'.
	 * @see org.jinzai.model.LargeProject#getLastFiscalYear()
	 * @see #getLargeProject()
	 * @generated
	 */
	EAttribute getLargeProject_LastFiscalYear();

	/**
	 * Returns the meta object for the reference list '{@link org.jinzai.model.LargeProject#getHeldPersonas <em>Held Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Held Personas</em>'.
	 * @see org.jinzai.model.LargeProject#getHeldPersonas()
	 * @see #getLargeProject()
	 * @generated
	 */
	EReference getLargeProject_HeldPersonas();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SkillItem <em>Skill Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill Item</em>'.
	 * @see org.jinzai.model.SkillItem
	 * @generated
	 */
	EClass getSkillItem();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SkillItem#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.jinzai.model.SkillItem#getGroup()
	 * @see #getSkillItem()
	 * @generated
	 */
	EAttribute getSkillItem_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SkillItem#isTool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool</em>'.
	 * @see org.jinzai.model.SkillItem#isTool()
	 * @see #getSkillItem()
	 * @generated
	 */
	EAttribute getSkillItem_Tool();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see org.jinzai.model.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Persona#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.jinzai.model.Persona#getShortName()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_ShortName();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Persona#isExternal <em>External</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External</em>'.
	 * @see org.jinzai.model.Persona#isExternal()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_External();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Persona#isHasSteps <em>Has Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Has Steps</em>'.
	 * @see org.jinzai.model.Persona#isHasSteps()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_HasSteps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Persona#getRequiredSkills <em>Required Skills</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Required Skills</em>'.
	 * @see org.jinzai.model.Persona#getRequiredSkills()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_RequiredSkills();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Persona#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.jinzai.model.Persona#getSteps()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Steps();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SkillRequirement <em>Skill Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill Requirement</em>'.
	 * @see org.jinzai.model.SkillRequirement
	 * @generated
	 */
	EClass getSkillRequirement();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.SkillRequirement#getSkill <em>Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Skill</em>'.
	 * @see org.jinzai.model.SkillRequirement#getSkill()
	 * @see #getSkillRequirement()
	 * @generated
	 */
	EReference getSkillRequirement_Skill();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SkillRequirement#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.jinzai.model.SkillRequirement#getLevel()
	 * @see #getSkillRequirement()
	 * @generated
	 */
	EAttribute getSkillRequirement_Level();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.StepDefinition <em>Step Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Definition</em>'.
	 * @see org.jinzai.model.StepDefinition
	 * @generated
	 */
	EClass getStepDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StepDefinition#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.jinzai.model.StepDefinition#getStep()
	 * @see #getStepDefinition()
	 * @generated
	 */
	EAttribute getStepDefinition_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StepDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.jinzai.model.StepDefinition#getDescription()
	 * @see #getStepDefinition()
	 * @generated
	 */
	EAttribute getStepDefinition_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.StepDefinition#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.jinzai.model.StepDefinition#getCriteria()
	 * @see #getStepDefinition()
	 * @generated
	 */
	EReference getStepDefinition_Criteria();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.StepCriterion <em>Step Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Criterion</em>'.
	 * @see org.jinzai.model.StepCriterion
	 * @generated
	 */
	EClass getStepCriterion();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.CoursesCompletedCriterion <em>Courses Completed Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Courses Completed Criterion</em>'.
	 * @see org.jinzai.model.CoursesCompletedCriterion
	 * @generated
	 */
	EClass getCoursesCompletedCriterion();

	/**
	 * Returns the meta object for the reference list '{@link org.jinzai.model.CoursesCompletedCriterion#getCourses <em>Courses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Courses</em>'.
	 * @see org.jinzai.model.CoursesCompletedCriterion#getCourses()
	 * @see #getCoursesCompletedCriterion()
	 * @generated
	 */
	EReference getCoursesCompletedCriterion_Courses();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.CoursesCompletedCriterion#getMinimumCount <em>Minimum Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Count</em>'.
	 * @see org.jinzai.model.CoursesCompletedCriterion#getMinimumCount()
	 * @see #getCoursesCompletedCriterion()
	 * @generated
	 */
	EAttribute getCoursesCompletedCriterion_MinimumCount();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SkillLevelCriterion <em>Skill Level Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill Level Criterion</em>'.
	 * @see org.jinzai.model.SkillLevelCriterion
	 * @generated
	 */
	EClass getSkillLevelCriterion();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.SkillLevelCriterion#getSkill <em>Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Skill</em>'.
	 * @see org.jinzai.model.SkillLevelCriterion#getSkill()
	 * @see #getSkillLevelCriterion()
	 * @generated
	 */
	EReference getSkillLevelCriterion_Skill();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SkillLevelCriterion#getMinimumLevel <em>Minimum Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Level</em>'.
	 * @see org.jinzai.model.SkillLevelCriterion#getMinimumLevel()
	 * @see #getSkillLevelCriterion()
	 * @generated
	 */
	EAttribute getSkillLevelCriterion_MinimumLevel();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.LeadMonthsCriterion <em>Lead Months Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lead Months Criterion</em>'.
	 * @see org.jinzai.model.LeadMonthsCriterion
	 * @generated
	 */
	EClass getLeadMonthsCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.LeadMonthsCriterion#getMinimumMonths <em>Minimum Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Months</em>'.
	 * @see org.jinzai.model.LeadMonthsCriterion#getMinimumMonths()
	 * @see #getLeadMonthsCriterion()
	 * @generated
	 */
	EAttribute getLeadMonthsCriterion_MinimumMonths();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.ProjectsLedCriterion <em>Projects Led Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Projects Led Criterion</em>'.
	 * @see org.jinzai.model.ProjectsLedCriterion
	 * @generated
	 */
	EClass getProjectsLedCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.ProjectsLedCriterion#getMinimumProjects <em>Minimum Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Projects</em>'.
	 * @see org.jinzai.model.ProjectsLedCriterion#getMinimumProjects()
	 * @see #getProjectsLedCriterion()
	 * @generated
	 */
	EAttribute getProjectsLedCriterion_MinimumProjects();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.MentoringCriterion <em>Mentoring Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mentoring Criterion</em>'.
	 * @see org.jinzai.model.MentoringCriterion
	 * @generated
	 */
	EClass getMentoringCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.MentoringCriterion#getMinimumMonths <em>Minimum Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Months</em>'.
	 * @see org.jinzai.model.MentoringCriterion#getMinimumMonths()
	 * @see #getMentoringCriterion()
	 * @generated
	 */
	EAttribute getMentoringCriterion_MinimumMonths();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.PreviousStepCriterion <em>Previous Step Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Previous Step Criterion</em>'.
	 * @see org.jinzai.model.PreviousStepCriterion
	 * @generated
	 */
	EClass getPreviousStepCriterion();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Course <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Course</em>'.
	 * @see org.jinzai.model.Course
	 * @generated
	 */
	EClass getCourse();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Course#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.jinzai.model.Course#getProvider()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Course#getDurationDays <em>Duration Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Days</em>'.
	 * @see org.jinzai.model.Course#getDurationDays()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_DurationDays();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Course#getCostPerSeat <em>Cost Per Seat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Per Seat</em>'.
	 * @see org.jinzai.model.Course#getCostPerSeat()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_CostPerSeat();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Course#getGrants <em>Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Grants</em>'.
	 * @see org.jinzai.model.Course#getGrants()
	 * @see #getCourse()
	 * @generated
	 */
	EReference getCourse_Grants();

	/**
	 * Returns the meta object for the reference list '{@link org.jinzai.model.Course#getTargetPersonas <em>Target Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Personas</em>'.
	 * @see org.jinzai.model.Course#getTargetPersonas()
	 * @see #getCourse()
	 * @generated
	 */
	EReference getCourse_TargetPersonas();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SkillGrant <em>Skill Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill Grant</em>'.
	 * @see org.jinzai.model.SkillGrant
	 * @generated
	 */
	EClass getSkillGrant();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.SkillGrant#getSkill <em>Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Skill</em>'.
	 * @see org.jinzai.model.SkillGrant#getSkill()
	 * @see #getSkillGrant()
	 * @generated
	 */
	EReference getSkillGrant_Skill();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SkillGrant#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.jinzai.model.SkillGrant#getLevel()
	 * @see #getSkillGrant()
	 * @generated
	 */
	EAttribute getSkillGrant_Level();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.StaffMember <em>Staff Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff Member</em>'.
	 * @see org.jinzai.model.StaffMember
	 * @generated
	 */
	EClass getStaffMember();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getBirthYear <em>Birth Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Year</em>'.
	 * @see org.jinzai.model.StaffMember#getBirthYear()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_BirthYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getHireFiscalYear <em>Hire Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hire Fiscal Year</em>'.
	 * @see org.jinzai.model.StaffMember#getHireFiscalYear()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_HireFiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getEmploymentType <em>Employment Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employment Type</em>'.
	 * @see org.jinzai.model.StaffMember#getEmploymentType()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_EmploymentType();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getTermEndFiscalYear <em>Term End Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term End Fiscal Year</em>'.
	 * @see org.jinzai.model.StaffMember#getTermEndFiscalYear()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_TermEndFiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getFte <em>Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fte</em>'.
	 * @see org.jinzai.model.StaffMember#getFte()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_Fte();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.jinzai.model.StaffMember#getRank()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_Rank();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.StaffMember#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Department</em>'.
	 * @see org.jinzai.model.StaffMember#getDepartment()
	 * @see #getStaffMember()
	 * @generated
	 */
	EReference getStaffMember_Department();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.StaffMember#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.StaffMember#getPersona()
	 * @see #getStaffMember()
	 * @generated
	 */
	EReference getStaffMember_Persona();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#isSpecialistTrack <em>Specialist Track</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specialist Track</em>'.
	 * @see org.jinzai.model.StaffMember#isSpecialistTrack()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_SpecialistTrack();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getMonthsInPost <em>Months In Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months In Post</em>'.
	 * @see org.jinzai.model.StaffMember#getMonthsInPost()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_MonthsInPost();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.StaffMember#getSkillLevels <em>Skill Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Skill Levels</em>'.
	 * @see org.jinzai.model.StaffMember#getSkillLevels()
	 * @see #getStaffMember()
	 * @generated
	 */
	EReference getStaffMember_SkillLevels();

	/**
	 * Returns the meta object for the reference list '{@link org.jinzai.model.StaffMember#getCoursesCompleted <em>Courses Completed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Courses Completed</em>'.
	 * @see org.jinzai.model.StaffMember#getCoursesCompleted()
	 * @see #getStaffMember()
	 * @generated
	 */
	EReference getStaffMember_CoursesCompleted();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getMonthsLeading <em>Months Leading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months Leading</em>'.
	 * @see org.jinzai.model.StaffMember#getMonthsLeading()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_MonthsLeading();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getProjectsLed <em>Projects Led</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Projects Led</em>'.
	 * @see org.jinzai.model.StaffMember#getProjectsLed()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_ProjectsLed();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StaffMember#getMonthsMentoring <em>Months Mentoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months Mentoring</em>'.
	 * @see org.jinzai.model.StaffMember#getMonthsMentoring()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_MonthsMentoring();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.StaffMember#getStepsReached <em>Steps Reached</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps Reached</em>'.
	 * @see org.jinzai.model.StaffMember#getStepsReached()
	 * @see #getStaffMember()
	 * @generated
	 */
	EReference getStaffMember_StepsReached();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SkillLevel <em>Skill Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skill Level</em>'.
	 * @see org.jinzai.model.SkillLevel
	 * @generated
	 */
	EClass getSkillLevel();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.SkillLevel#getSkill <em>Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Skill</em>'.
	 * @see org.jinzai.model.SkillLevel#getSkill()
	 * @see #getSkillLevel()
	 * @generated
	 */
	EReference getSkillLevel_Skill();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SkillLevel#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.jinzai.model.SkillLevel#getLevel()
	 * @see #getSkillLevel()
	 * @generated
	 */
	EAttribute getSkillLevel_Level();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.StepReached <em>Step Reached</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Reached</em>'.
	 * @see org.jinzai.model.StepReached
	 * @generated
	 */
	EClass getStepReached();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.StepReached#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.StepReached#getPersona()
	 * @see #getStepReached()
	 * @generated
	 */
	EReference getStepReached_Persona();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.StepReached#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.jinzai.model.StepReached#getStep()
	 * @see #getStepReached()
	 * @generated
	 */
	EAttribute getStepReached_Step();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RosterAggregate <em>Roster Aggregate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roster Aggregate</em>'.
	 * @see org.jinzai.model.RosterAggregate
	 * @generated
	 */
	EClass getRosterAggregate();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.RosterAggregate#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Department</em>'.
	 * @see org.jinzai.model.RosterAggregate#getDepartment()
	 * @see #getRosterAggregate()
	 * @generated
	 */
	EReference getRosterAggregate_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RosterAggregate#getMinAge <em>Min Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Age</em>'.
	 * @see org.jinzai.model.RosterAggregate#getMinAge()
	 * @see #getRosterAggregate()
	 * @generated
	 */
	EAttribute getRosterAggregate_MinAge();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RosterAggregate#getMaxAge <em>Max Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age</em>'.
	 * @see org.jinzai.model.RosterAggregate#getMaxAge()
	 * @see #getRosterAggregate()
	 * @generated
	 */
	EAttribute getRosterAggregate_MaxAge();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RosterAggregate#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.jinzai.model.RosterAggregate#getRank()
	 * @see #getRosterAggregate()
	 * @generated
	 */
	EAttribute getRosterAggregate_Rank();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.RosterAggregate#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.RosterAggregate#getPersona()
	 * @see #getRosterAggregate()
	 * @generated
	 */
	EReference getRosterAggregate_Persona();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RosterAggregate#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.jinzai.model.RosterAggregate#getCount()
	 * @see #getRosterAggregate()
	 * @generated
	 */
	EAttribute getRosterAggregate_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RosterAggregate#getEmploymentType <em>Employment Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employment Type</em>'.
	 * @see org.jinzai.model.RosterAggregate#getEmploymentType()
	 * @see #getRosterAggregate()
	 * @generated
	 */
	EAttribute getRosterAggregate_EmploymentType();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.jinzai.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.jinzai.model.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Scenario#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see org.jinzai.model.Scenario#getModelVersion()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_ModelVersion();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Scenario#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Baseline</em>'.
	 * @see org.jinzai.model.Scenario#getBaseline()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Scenario#getDerivedFrom <em>Derived From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Derived From</em>'.
	 * @see org.jinzai.model.Scenario#getDerivedFrom()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_DerivedFrom();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.Scenario#getRunSettings <em>Run Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Run Settings</em>'.
	 * @see org.jinzai.model.Scenario#getRunSettings()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_RunSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Scenario#getCourseSeats <em>Course Seats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Course Seats</em>'.
	 * @see org.jinzai.model.Scenario#getCourseSeats()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_CourseSeats();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Scenario#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projects</em>'.
	 * @see org.jinzai.model.Scenario#getProjects()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Projects();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.Scenario#getAppointment <em>Appointment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Appointment</em>'.
	 * @see org.jinzai.model.Scenario#getAppointment()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Appointment();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.Scenario#getRotation <em>Rotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rotation</em>'.
	 * @see org.jinzai.model.Scenario#getRotation()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Rotation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Scenario#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.jinzai.model.Scenario#getChannels()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Channels();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.Scenario#getAttrition <em>Attrition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Attrition</em>'.
	 * @see org.jinzai.model.Scenario#getAttrition()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Attrition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Scenario#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.jinzai.model.Scenario#getTargets()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Targets();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.Scenario#getBacktest <em>Backtest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Backtest</em>'.
	 * @see org.jinzai.model.Scenario#getBacktest()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Backtest();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.BacktestSummary <em>Backtest Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backtest Summary</em>'.
	 * @see org.jinzai.model.BacktestSummary
	 * @generated
	 */
	EClass getBacktestSummary();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.BacktestSummary#getFirstOrigin <em>First Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Origin</em>'.
	 * @see org.jinzai.model.BacktestSummary#getFirstOrigin()
	 * @see #getBacktestSummary()
	 * @generated
	 */
	EAttribute getBacktestSummary_FirstOrigin();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.BacktestSummary#getLastOrigin <em>Last Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Origin</em>'.
	 * @see org.jinzai.model.BacktestSummary#getLastOrigin()
	 * @see #getBacktestSummary()
	 * @generated
	 */
	EAttribute getBacktestSummary_LastOrigin();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.BacktestSummary#getLastYear <em>Last Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Year</em>'.
	 * @see org.jinzai.model.BacktestSummary#getLastYear()
	 * @see #getBacktestSummary()
	 * @generated
	 */
	EAttribute getBacktestSummary_LastYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.BacktestSummary#getComparisons <em>Comparisons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparisons</em>'.
	 * @see org.jinzai.model.BacktestSummary#getComparisons()
	 * @see #getBacktestSummary()
	 * @generated
	 */
	EAttribute getBacktestSummary_Comparisons();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.BacktestSummary#getInside80 <em>Inside80</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inside80</em>'.
	 * @see org.jinzai.model.BacktestSummary#getInside80()
	 * @see #getBacktestSummary()
	 * @generated
	 */
	EAttribute getBacktestSummary_Inside80();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.BacktestSummary#getInside90 <em>Inside90</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inside90</em>'.
	 * @see org.jinzai.model.BacktestSummary#getInside90()
	 * @see #getBacktestSummary()
	 * @generated
	 */
	EAttribute getBacktestSummary_Inside90();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.BacktestSummary#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Runs</em>'.
	 * @see org.jinzai.model.BacktestSummary#getRuns()
	 * @see #getBacktestSummary()
	 * @generated
	 */
	EAttribute getBacktestSummary_Runs();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.BacktestSummary#isRatesDrawn <em>Rates Drawn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rates Drawn</em>'.
	 * @see org.jinzai.model.BacktestSummary#isRatesDrawn()
	 * @see #getBacktestSummary()
	 * @generated
	 */
	EAttribute getBacktestSummary_RatesDrawn();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.BacktestSummary#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.jinzai.model.BacktestSummary#getDate()
	 * @see #getBacktestSummary()
	 * @generated
	 */
	EAttribute getBacktestSummary_Date();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RunSettings <em>Run Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Settings</em>'.
	 * @see org.jinzai.model.RunSettings
	 * @generated
	 */
	EClass getRunSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunSettings#getFirstFiscalYear <em>First Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Fiscal Year</em>'.
	 * @see org.jinzai.model.RunSettings#getFirstFiscalYear()
	 * @see #getRunSettings()
	 * @generated
	 */
	EAttribute getRunSettings_FirstFiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunSettings#getHorizonYears <em>Horizon Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Horizon Years</em>'.
	 * @see org.jinzai.model.RunSettings#getHorizonYears()
	 * @see #getRunSettings()
	 * @generated
	 */
	EAttribute getRunSettings_HorizonYears();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunSettings#getReplications <em>Replications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replications</em>'.
	 * @see org.jinzai.model.RunSettings#getReplications()
	 * @see #getRunSettings()
	 * @generated
	 */
	EAttribute getRunSettings_Replications();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.jinzai.model.RunSettings#getSeed()
	 * @see #getRunSettings()
	 * @generated
	 */
	EAttribute getRunSettings_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunSettings#isRateUncertainty <em>Rate Uncertainty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate Uncertainty</em>'.
	 * @see org.jinzai.model.RunSettings#isRateUncertainty()
	 * @see #getRunSettings()
	 * @generated
	 */
	EAttribute getRunSettings_RateUncertainty();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.CourseSeats <em>Course Seats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Course Seats</em>'.
	 * @see org.jinzai.model.CourseSeats
	 * @generated
	 */
	EClass getCourseSeats();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.CourseSeats#getCourse <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Course</em>'.
	 * @see org.jinzai.model.CourseSeats#getCourse()
	 * @see #getCourseSeats()
	 * @generated
	 */
	EReference getCourseSeats_Course();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.CourseSeats#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.jinzai.model.CourseSeats#getFiscalYear()
	 * @see #getCourseSeats()
	 * @generated
	 */
	EAttribute getCourseSeats_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.CourseSeats#getSeats <em>Seats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seats</em>'.
	 * @see org.jinzai.model.CourseSeats#getSeats()
	 * @see #getCourseSeats()
	 * @generated
	 */
	EAttribute getCourseSeats_Seats();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.CourseSeats#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.jinzai.model.CourseSeats#getMonth()
	 * @see #getCourseSeats()
	 * @generated
	 */
	EAttribute getCourseSeats_Month();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.CourseSeats#getPriorityPersona <em>Priority Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Priority Persona</em>'.
	 * @see org.jinzai.model.CourseSeats#getPriorityPersona()
	 * @see #getCourseSeats()
	 * @generated
	 */
	EReference getCourseSeats_PriorityPersona();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.CourseSeats#getEstimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Estimate</em>'.
	 * @see org.jinzai.model.CourseSeats#getEstimate()
	 * @see #getCourseSeats()
	 * @generated
	 */
	EReference getCourseSeats_Estimate();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.UptakeEstimate <em>Uptake Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uptake Estimate</em>'.
	 * @see org.jinzai.model.UptakeEstimate
	 * @generated
	 */
	EClass getUptakeEstimate();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.UptakeEstimate#getPerYear <em>Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Year</em>'.
	 * @see org.jinzai.model.UptakeEstimate#getPerYear()
	 * @see #getUptakeEstimate()
	 * @generated
	 */
	EAttribute getUptakeEstimate_PerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.UptakeEstimate#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.jinzai.model.UptakeEstimate#getLow()
	 * @see #getUptakeEstimate()
	 * @generated
	 */
	EAttribute getUptakeEstimate_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.UptakeEstimate#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.jinzai.model.UptakeEstimate#getHigh()
	 * @see #getUptakeEstimate()
	 * @generated
	 */
	EAttribute getUptakeEstimate_High();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.UptakeEstimate#getCompletions <em>Completions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completions</em>'.
	 * @see org.jinzai.model.UptakeEstimate#getCompletions()
	 * @see #getUptakeEstimate()
	 * @generated
	 */
	EAttribute getUptakeEstimate_Completions();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.UptakeEstimate#getFirstYear <em>First Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Year</em>'.
	 * @see org.jinzai.model.UptakeEstimate#getFirstYear()
	 * @see #getUptakeEstimate()
	 * @generated
	 */
	EAttribute getUptakeEstimate_FirstYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.UptakeEstimate#getLastYear <em>Last Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Year</em>'.
	 * @see org.jinzai.model.UptakeEstimate#getLastYear()
	 * @see #getUptakeEstimate()
	 * @generated
	 */
	EAttribute getUptakeEstimate_LastYear();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.DxProjectPlan <em>Dx Project Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dx Project Plan</em>'.
	 * @see org.jinzai.model.DxProjectPlan
	 * @generated
	 */
	EClass getDxProjectPlan();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.DxProjectPlan#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Department</em>'.
	 * @see org.jinzai.model.DxProjectPlan#getDepartment()
	 * @see #getDxProjectPlan()
	 * @generated
	 */
	EReference getDxProjectPlan_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.DxProjectPlan#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.jinzai.model.DxProjectPlan#getFiscalYear()
	 * @see #getDxProjectPlan()
	 * @generated
	 */
	EAttribute getDxProjectPlan_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.DxProjectPlan#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.jinzai.model.DxProjectPlan#getCount()
	 * @see #getDxProjectPlan()
	 * @generated
	 */
	EAttribute getDxProjectPlan_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.DxProjectPlan#getDurationMonths <em>Duration Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Months</em>'.
	 * @see org.jinzai.model.DxProjectPlan#getDurationMonths()
	 * @see #getDxProjectPlan()
	 * @generated
	 */
	EAttribute getDxProjectPlan_DurationMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.DxProjectPlan#getLeadSeats <em>Lead Seats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead Seats</em>'.
	 * @see org.jinzai.model.DxProjectPlan#getLeadSeats()
	 * @see #getDxProjectPlan()
	 * @generated
	 */
	EAttribute getDxProjectPlan_LeadSeats();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.DxProjectPlan#getStartMonth <em>Start Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Month</em>'.
	 * @see org.jinzai.model.DxProjectPlan#getStartMonth()
	 * @see #getDxProjectPlan()
	 * @generated
	 */
	EAttribute getDxProjectPlan_StartMonth();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.AppointmentPolicy <em>Appointment Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Appointment Policy</em>'.
	 * @see org.jinzai.model.AppointmentPolicy
	 * @generated
	 */
	EClass getAppointmentPolicy();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.AppointmentPolicy#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.AppointmentPolicy#getPersona()
	 * @see #getAppointmentPolicy()
	 * @generated
	 */
	EReference getAppointmentPolicy_Persona();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AppointmentPolicy#getPerDepartment <em>Per Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Department</em>'.
	 * @see org.jinzai.model.AppointmentPolicy#getPerDepartment()
	 * @see #getAppointmentPolicy()
	 * @generated
	 */
	EAttribute getAppointmentPolicy_PerDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AppointmentPolicy#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see org.jinzai.model.AppointmentPolicy#getTotal()
	 * @see #getAppointmentPolicy()
	 * @generated
	 */
	EAttribute getAppointmentPolicy_Total();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AppointmentPolicy#getYearlyAppointments <em>Yearly Appointments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Yearly Appointments</em>'.
	 * @see org.jinzai.model.AppointmentPolicy#getYearlyAppointments()
	 * @see #getAppointmentPolicy()
	 * @generated
	 */
	EAttribute getAppointmentPolicy_YearlyAppointments();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AppointmentPolicy#getMinAge <em>Min Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Age</em>'.
	 * @see org.jinzai.model.AppointmentPolicy#getMinAge()
	 * @see #getAppointmentPolicy()
	 * @generated
	 */
	EAttribute getAppointmentPolicy_MinAge();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AppointmentPolicy#getMaxAge <em>Max Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age</em>'.
	 * @see org.jinzai.model.AppointmentPolicy#getMaxAge()
	 * @see #getAppointmentPolicy()
	 * @generated
	 */
	EAttribute getAppointmentPolicy_MaxAge();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AppointmentPolicy#getMinMonthsInPost <em>Min Months In Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Months In Post</em>'.
	 * @see org.jinzai.model.AppointmentPolicy#getMinMonthsInPost()
	 * @see #getAppointmentPolicy()
	 * @generated
	 */
	EAttribute getAppointmentPolicy_MinMonthsInPost();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AppointmentPolicy#getReappointmentProbability <em>Reappointment Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reappointment Probability</em>'.
	 * @see org.jinzai.model.AppointmentPolicy#getReappointmentProbability()
	 * @see #getAppointmentPolicy()
	 * @generated
	 */
	EAttribute getAppointmentPolicy_ReappointmentProbability();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.AppointmentPolicy#getReappointmentEstimate <em>Reappointment Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reappointment Estimate</em>'.
	 * @see org.jinzai.model.AppointmentPolicy#getReappointmentEstimate()
	 * @see #getAppointmentPolicy()
	 * @generated
	 */
	EReference getAppointmentPolicy_ReappointmentEstimate();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RotationPolicy <em>Rotation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rotation Policy</em>'.
	 * @see org.jinzai.model.RotationPolicy
	 * @generated
	 */
	EClass getRotationPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RotationPolicy#getMinTenureYears <em>Min Tenure Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Tenure Years</em>'.
	 * @see org.jinzai.model.RotationPolicy#getMinTenureYears()
	 * @see #getRotationPolicy()
	 * @generated
	 */
	EAttribute getRotationPolicy_MinTenureYears();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RotationPolicy#getMaxTenureYears <em>Max Tenure Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Tenure Years</em>'.
	 * @see org.jinzai.model.RotationPolicy#getMaxTenureYears()
	 * @see #getRotationPolicy()
	 * @generated
	 */
	EAttribute getRotationPolicy_MaxTenureYears();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RotationPolicy#getMoveMonth <em>Move Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Move Month</em>'.
	 * @see org.jinzai.model.RotationPolicy#getMoveMonth()
	 * @see #getRotationPolicy()
	 * @generated
	 */
	EAttribute getRotationPolicy_MoveMonth();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.RotationPolicy#getAllowedTransfers <em>Allowed Transfers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Allowed Transfers</em>'.
	 * @see org.jinzai.model.RotationPolicy#getAllowedTransfers()
	 * @see #getRotationPolicy()
	 * @generated
	 */
	EReference getRotationPolicy_AllowedTransfers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.RotationPolicy#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.jinzai.model.RotationPolicy#getRules()
	 * @see #getRotationPolicy()
	 * @generated
	 */
	EReference getRotationPolicy_Rules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.RotationPolicy#getTenures <em>Tenures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tenures</em>'.
	 * @see org.jinzai.model.RotationPolicy#getTenures()
	 * @see #getRotationPolicy()
	 * @generated
	 */
	EReference getRotationPolicy_Tenures();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.KindTenure <em>Kind Tenure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kind Tenure</em>'.
	 * @see org.jinzai.model.KindTenure
	 * @generated
	 */
	EClass getKindTenure();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.KindTenure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jinzai.model.KindTenure#getKind()
	 * @see #getKindTenure()
	 * @generated
	 */
	EAttribute getKindTenure_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.KindTenure#getMinTenureYears <em>Min Tenure Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Tenure Years</em>'.
	 * @see org.jinzai.model.KindTenure#getMinTenureYears()
	 * @see #getKindTenure()
	 * @generated
	 */
	EAttribute getKindTenure_MinTenureYears();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.KindTenure#getMaxTenureYears <em>Max Tenure Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Tenure Years</em>'.
	 * @see org.jinzai.model.KindTenure#getMaxTenureYears()
	 * @see #getKindTenure()
	 * @generated
	 */
	EAttribute getKindTenure_MaxTenureYears();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.KindTenure#getEstimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Estimate</em>'.
	 * @see org.jinzai.model.KindTenure#getEstimate()
	 * @see #getKindTenure()
	 * @generated
	 */
	EReference getKindTenure_Estimate();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.TenureEstimate <em>Tenure Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tenure Estimate</em>'.
	 * @see org.jinzai.model.TenureEstimate
	 * @generated
	 */
	EClass getTenureEstimate();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TenureEstimate#getFittedMinYears <em>Fitted Min Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fitted Min Years</em>'.
	 * @see org.jinzai.model.TenureEstimate#getFittedMinYears()
	 * @see #getTenureEstimate()
	 * @generated
	 */
	EAttribute getTenureEstimate_FittedMinYears();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TenureEstimate#getFittedMaxYears <em>Fitted Max Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fitted Max Years</em>'.
	 * @see org.jinzai.model.TenureEstimate#getFittedMaxYears()
	 * @see #getTenureEstimate()
	 * @generated
	 */
	EAttribute getTenureEstimate_FittedMaxYears();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.AllowedTransfer <em>Allowed Transfer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allowed Transfer</em>'.
	 * @see org.jinzai.model.AllowedTransfer
	 * @generated
	 */
	EClass getAllowedTransfer();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AllowedTransfer#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.jinzai.model.AllowedTransfer#getFrom()
	 * @see #getAllowedTransfer()
	 * @generated
	 */
	EAttribute getAllowedTransfer_From();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AllowedTransfer#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.jinzai.model.AllowedTransfer#getTo()
	 * @see #getAllowedTransfer()
	 * @generated
	 */
	EAttribute getAllowedTransfer_To();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RotationRule <em>Rotation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rotation Rule</em>'.
	 * @see org.jinzai.model.RotationRule
	 * @generated
	 */
	EClass getRotationRule();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RotationRule#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.jinzai.model.RotationRule#isEnabled()
	 * @see #getRotationRule()
	 * @generated
	 */
	EAttribute getRotationRule_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RotationRule#isHard <em>Hard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hard</em>'.
	 * @see org.jinzai.model.RotationRule#isHard()
	 * @see #getRotationRule()
	 * @generated
	 */
	EAttribute getRotationRule_Hard();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RotationRule#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.jinzai.model.RotationRule#getWeight()
	 * @see #getRotationRule()
	 * @generated
	 */
	EAttribute getRotationRule_Weight();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.NoMoveAfterCourseRule <em>No Move After Course Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>No Move After Course Rule</em>'.
	 * @see org.jinzai.model.NoMoveAfterCourseRule
	 * @generated
	 */
	EClass getNoMoveAfterCourseRule();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.NoMoveAfterCourseRule#getMonths <em>Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months</em>'.
	 * @see org.jinzai.model.NoMoveAfterCourseRule#getMonths()
	 * @see #getNoMoveAfterCourseRule()
	 * @generated
	 */
	EAttribute getNoMoveAfterCourseRule_Months();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.NoMoveDuringLargeProjectRule <em>No Move During Large Project Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>No Move During Large Project Rule</em>'.
	 * @see org.jinzai.model.NoMoveDuringLargeProjectRule
	 * @generated
	 */
	EClass getNoMoveDuringLargeProjectRule();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.HeadcountBoundRule <em>Headcount Bound Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Headcount Bound Rule</em>'.
	 * @see org.jinzai.model.HeadcountBoundRule
	 * @generated
	 */
	EClass getHeadcountBoundRule();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.HeadcountBoundRule#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.HeadcountBoundRule#getPersona()
	 * @see #getHeadcountBoundRule()
	 * @generated
	 */
	EReference getHeadcountBoundRule_Persona();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.HeadcountBoundRule#getMinimumStep <em>Minimum Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Step</em>'.
	 * @see org.jinzai.model.HeadcountBoundRule#getMinimumStep()
	 * @see #getHeadcountBoundRule()
	 * @generated
	 */
	EAttribute getHeadcountBoundRule_MinimumStep();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.HeadcountBoundRule#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.jinzai.model.HeadcountBoundRule#getMinimum()
	 * @see #getHeadcountBoundRule()
	 * @generated
	 */
	EAttribute getHeadcountBoundRule_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.HeadcountBoundRule#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.jinzai.model.HeadcountBoundRule#getMaximum()
	 * @see #getHeadcountBoundRule()
	 * @generated
	 */
	EAttribute getHeadcountBoundRule_Maximum();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.HeadcountBoundRule#getDepartmentKind <em>Department Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department Kind</em>'.
	 * @see org.jinzai.model.HeadcountBoundRule#getDepartmentKind()
	 * @see #getHeadcountBoundRule()
	 * @generated
	 */
	EAttribute getHeadcountBoundRule_DepartmentKind();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Step3ToLargeProjectsRule <em>Step3 To Large Projects Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step3 To Large Projects Rule</em>'.
	 * @see org.jinzai.model.Step3ToLargeProjectsRule
	 * @generated
	 */
	EClass getStep3ToLargeProjectsRule();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Step3ToLargeProjectsRule#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.Step3ToLargeProjectsRule#getPersona()
	 * @see #getStep3ToLargeProjectsRule()
	 * @generated
	 */
	EReference getStep3ToLargeProjectsRule_Persona();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.LeaveItAfterStepRule <em>Leave It After Step Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Leave It After Step Rule</em>'.
	 * @see org.jinzai.model.LeaveItAfterStepRule
	 * @generated
	 */
	EClass getLeaveItAfterStepRule();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.LeaveItAfterStepRule#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.LeaveItAfterStepRule#getPersona()
	 * @see #getLeaveItAfterStepRule()
	 * @generated
	 */
	EReference getLeaveItAfterStepRule_Persona();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.LeaveItAfterStepRule#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.jinzai.model.LeaveItAfterStepRule#getStep()
	 * @see #getLeaveItAfterStepRule()
	 * @generated
	 */
	EAttribute getLeaveItAfterStepRule_Step();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SpecialistStaysInItRule <em>Specialist Stays In It Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Specialist Stays In It Rule</em>'.
	 * @see org.jinzai.model.SpecialistStaysInItRule
	 * @generated
	 */
	EClass getSpecialistStaysInItRule();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SpreadStepRule <em>Spread Step Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spread Step Rule</em>'.
	 * @see org.jinzai.model.SpreadStepRule
	 * @generated
	 */
	EClass getSpreadStepRule();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.SpreadStepRule#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.SpreadStepRule#getPersona()
	 * @see #getSpreadStepRule()
	 * @generated
	 */
	EReference getSpreadStepRule_Persona();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SpreadStepRule#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.jinzai.model.SpreadStepRule#getStep()
	 * @see #getSpreadStepRule()
	 * @generated
	 */
	EAttribute getSpreadStepRule_Step();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RecruitmentChannel <em>Recruitment Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recruitment Channel</em>'.
	 * @see org.jinzai.model.RecruitmentChannel
	 * @generated
	 */
	EClass getRecruitmentChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RecruitmentChannel#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getKind()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EAttribute getRecruitmentChannel_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.RecruitmentChannel#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getPersona()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EReference getRecruitmentChannel_Persona();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.RecruitmentChannel#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Department</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getDepartment()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EReference getRecruitmentChannel_Department();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.RecruitmentChannel#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plan</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getPlan()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EReference getRecruitmentChannel_Plan();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RecruitmentChannel#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getMonth()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EAttribute getRecruitmentChannel_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RecruitmentChannel#getFillProbability <em>Fill Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Probability</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getFillProbability()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EAttribute getRecruitmentChannel_FillProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RecruitmentChannel#getPassRate <em>Pass Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pass Rate</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getPassRate()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EAttribute getRecruitmentChannel_PassRate();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RecruitmentChannel#getLeadTimeMonths <em>Lead Time Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead Time Months</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getLeadTimeMonths()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EAttribute getRecruitmentChannel_LeadTimeMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RecruitmentChannel#getCostPerYear <em>Cost Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Per Year</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getCostPerYear()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EAttribute getRecruitmentChannel_CostPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RecruitmentChannel#getFte <em>Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fte</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getFte()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EAttribute getRecruitmentChannel_Fte();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RecruitmentChannel#getTermYears <em>Term Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term Years</em>'.
	 * @see org.jinzai.model.RecruitmentChannel#getTermYears()
	 * @see #getRecruitmentChannel()
	 * @generated
	 */
	EAttribute getRecruitmentChannel_TermYears();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.YearlyCount <em>Yearly Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Yearly Count</em>'.
	 * @see org.jinzai.model.YearlyCount
	 * @generated
	 */
	EClass getYearlyCount();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.YearlyCount#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.jinzai.model.YearlyCount#getFiscalYear()
	 * @see #getYearlyCount()
	 * @generated
	 */
	EAttribute getYearlyCount_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.YearlyCount#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.jinzai.model.YearlyCount#getCount()
	 * @see #getYearlyCount()
	 * @generated
	 */
	EAttribute getYearlyCount_Count();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.AttritionPolicy <em>Attrition Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attrition Policy</em>'.
	 * @see org.jinzai.model.AttritionPolicy
	 * @generated
	 */
	EClass getAttritionPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.AttritionPolicy#getRates <em>Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rates</em>'.
	 * @see org.jinzai.model.AttritionPolicy#getRates()
	 * @see #getAttritionPolicy()
	 * @generated
	 */
	EReference getAttritionPolicy_Rates();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AttritionPolicy#getSpecialistWithoutTrackMultiplier <em>Specialist Without Track Multiplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specialist Without Track Multiplier</em>'.
	 * @see org.jinzai.model.AttritionPolicy#getSpecialistWithoutTrackMultiplier()
	 * @see #getAttritionPolicy()
	 * @generated
	 */
	EAttribute getAttritionPolicy_SpecialistWithoutTrackMultiplier();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.AttritionPolicy#getRetirementAges <em>Retirement Ages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retirement Ages</em>'.
	 * @see org.jinzai.model.AttritionPolicy#getRetirementAges()
	 * @see #getAttritionPolicy()
	 * @generated
	 */
	EReference getAttritionPolicy_RetirementAges();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.AttritionRate <em>Attrition Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attrition Rate</em>'.
	 * @see org.jinzai.model.AttritionRate
	 * @generated
	 */
	EClass getAttritionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AttritionRate#getMinAge <em>Min Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Age</em>'.
	 * @see org.jinzai.model.AttritionRate#getMinAge()
	 * @see #getAttritionRate()
	 * @generated
	 */
	EAttribute getAttritionRate_MinAge();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AttritionRate#getMaxAge <em>Max Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age</em>'.
	 * @see org.jinzai.model.AttritionRate#getMaxAge()
	 * @see #getAttritionRate()
	 * @generated
	 */
	EAttribute getAttritionRate_MaxAge();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AttritionRate#getEmploymentType <em>Employment Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employment Type</em>'.
	 * @see org.jinzai.model.AttritionRate#getEmploymentType()
	 * @see #getAttritionRate()
	 * @generated
	 */
	EAttribute getAttritionRate_EmploymentType();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.AttritionRate#getYearlyRate <em>Yearly Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Yearly Rate</em>'.
	 * @see org.jinzai.model.AttritionRate#getYearlyRate()
	 * @see #getAttritionRate()
	 * @generated
	 */
	EAttribute getAttritionRate_YearlyRate();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.AttritionRate#getEstimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Estimate</em>'.
	 * @see org.jinzai.model.AttritionRate#getEstimate()
	 * @see #getAttritionRate()
	 * @generated
	 */
	EReference getAttritionRate_Estimate();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RateEstimate <em>Rate Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rate Estimate</em>'.
	 * @see org.jinzai.model.RateEstimate
	 * @generated
	 */
	EClass getRateEstimate();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RateEstimate#getEstimated <em>Estimated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated</em>'.
	 * @see org.jinzai.model.RateEstimate#getEstimated()
	 * @see #getRateEstimate()
	 * @generated
	 */
	EAttribute getRateEstimate_Estimated();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RateEstimate#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.jinzai.model.RateEstimate#getLow()
	 * @see #getRateEstimate()
	 * @generated
	 */
	EAttribute getRateEstimate_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RateEstimate#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.jinzai.model.RateEstimate#getHigh()
	 * @see #getRateEstimate()
	 * @generated
	 */
	EAttribute getRateEstimate_High();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RateEstimate#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Events</em>'.
	 * @see org.jinzai.model.RateEstimate#getEvents()
	 * @see #getRateEstimate()
	 * @generated
	 */
	EAttribute getRateEstimate_Events();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RateEstimate#getExposure <em>Exposure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exposure</em>'.
	 * @see org.jinzai.model.RateEstimate#getExposure()
	 * @see #getRateEstimate()
	 * @generated
	 */
	EAttribute getRateEstimate_Exposure();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RateEstimate#getFirstYear <em>First Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Year</em>'.
	 * @see org.jinzai.model.RateEstimate#getFirstYear()
	 * @see #getRateEstimate()
	 * @generated
	 */
	EAttribute getRateEstimate_FirstYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RateEstimate#getLastYear <em>Last Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Year</em>'.
	 * @see org.jinzai.model.RateEstimate#getLastYear()
	 * @see #getRateEstimate()
	 * @generated
	 */
	EAttribute getRateEstimate_LastYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RateEstimate#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see org.jinzai.model.RateEstimate#getAlpha()
	 * @see #getRateEstimate()
	 * @generated
	 */
	EAttribute getRateEstimate_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RateEstimate#getBeta <em>Beta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta</em>'.
	 * @see org.jinzai.model.RateEstimate#getBeta()
	 * @see #getRateEstimate()
	 * @generated
	 */
	EAttribute getRateEstimate_Beta();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RetirementAge <em>Retirement Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retirement Age</em>'.
	 * @see org.jinzai.model.RetirementAge
	 * @generated
	 */
	EClass getRetirementAge();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RetirementAge#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.jinzai.model.RetirementAge#getFiscalYear()
	 * @see #getRetirementAge()
	 * @generated
	 */
	EAttribute getRetirementAge_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RetirementAge#getAge <em>Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age</em>'.
	 * @see org.jinzai.model.RetirementAge#getAge()
	 * @see #getRetirementAge()
	 * @generated
	 */
	EAttribute getRetirementAge_Age();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.jinzai.model.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Target#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jinzai.model.Target#getKind()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Target#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.Target#getPersona()
	 * @see #getTarget()
	 * @generated
	 */
	EReference getTarget_Persona();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Target#getMinimumStep <em>Minimum Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Step</em>'.
	 * @see org.jinzai.model.Target#getMinimumStep()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_MinimumStep();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Target#getCountBy <em>Count By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count By</em>'.
	 * @see org.jinzai.model.Target#getCountBy()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_CountBy();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Target#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.jinzai.model.Target#getScope()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Scope();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Target#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Department</em>'.
	 * @see org.jinzai.model.Target#getDepartment()
	 * @see #getTarget()
	 * @generated
	 */
	EReference getTarget_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Target#getDepartmentKind <em>Department Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department Kind</em>'.
	 * @see org.jinzai.model.Target#getDepartmentKind()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_DepartmentKind();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Target#getCourse <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Course</em>'.
	 * @see org.jinzai.model.Target#getCourse()
	 * @see #getTarget()
	 * @generated
	 */
	EReference getTarget_Course();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Target#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.jinzai.model.Target#getValues()
	 * @see #getTarget()
	 * @generated
	 */
	EReference getTarget_Values();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.TargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Value</em>'.
	 * @see org.jinzai.model.TargetValue
	 * @generated
	 */
	EClass getTargetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetValue#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.jinzai.model.TargetValue#getFiscalYear()
	 * @see #getTargetValue()
	 * @generated
	 */
	EAttribute getTargetValue_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.jinzai.model.TargetValue#getValue()
	 * @see #getTargetValue()
	 * @generated
	 */
	EAttribute getTargetValue_Value();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RunResult <em>Run Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Result</em>'.
	 * @see org.jinzai.model.RunResult
	 * @generated
	 */
	EClass getRunResult();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.RunResult#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scenario</em>'.
	 * @see org.jinzai.model.RunResult#getScenario()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunResult#getScenarioFile <em>Scenario File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario File</em>'.
	 * @see org.jinzai.model.RunResult#getScenarioFile()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_ScenarioFile();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunResult#getReplications <em>Replications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replications</em>'.
	 * @see org.jinzai.model.RunResult#getReplications()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Replications();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunResult#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.jinzai.model.RunResult#getSeed()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunResult#getInputFingerprint <em>Input Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Fingerprint</em>'.
	 * @see org.jinzai.model.RunResult#getInputFingerprint()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_InputFingerprint();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunResult#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.jinzai.model.RunResult#getCreatedAt()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RunResult#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see org.jinzai.model.RunResult#getEngineVersion()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_EngineVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.RunResult#getYears <em>Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Years</em>'.
	 * @see org.jinzai.model.RunResult#getYears()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Years();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.YearResult <em>Year Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Year Result</em>'.
	 * @see org.jinzai.model.YearResult
	 * @generated
	 */
	EClass getYearResult();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.YearResult#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.jinzai.model.YearResult#getFiscalYear()
	 * @see #getYearResult()
	 * @generated
	 */
	EAttribute getYearResult_FiscalYear();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.YearResult#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.jinzai.model.YearResult#getTargets()
	 * @see #getYearResult()
	 * @generated
	 */
	EReference getYearResult_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.YearResult#getCounts <em>Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Counts</em>'.
	 * @see org.jinzai.model.YearResult#getCounts()
	 * @see #getYearResult()
	 * @generated
	 */
	EReference getYearResult_Counts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.YearResult#getFlows <em>Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flows</em>'.
	 * @see org.jinzai.model.YearResult#getFlows()
	 * @see #getYearResult()
	 * @generated
	 */
	EReference getYearResult_Flows();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Distribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Distribution</em>'.
	 * @see org.jinzai.model.Distribution
	 * @generated
	 */
	EClass getDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Distribution#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.jinzai.model.Distribution#getMean()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_Mean();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Distribution#getP10 <em>P10</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P10</em>'.
	 * @see org.jinzai.model.Distribution#getP10()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_P10();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Distribution#getP50 <em>P50</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P50</em>'.
	 * @see org.jinzai.model.Distribution#getP50()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_P50();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Distribution#getP90 <em>P90</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P90</em>'.
	 * @see org.jinzai.model.Distribution#getP90()
	 * @see #getDistribution()
	 * @generated
	 */
	EAttribute getDistribution_P90();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.TargetResult <em>Target Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Result</em>'.
	 * @see org.jinzai.model.TargetResult
	 * @generated
	 */
	EClass getTargetResult();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.TargetResult#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.jinzai.model.TargetResult#getTarget()
	 * @see #getTargetResult()
	 * @generated
	 */
	EReference getTargetResult_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetResult#getTargetName <em>Target Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Name</em>'.
	 * @see org.jinzai.model.TargetResult#getTargetName()
	 * @see #getTargetResult()
	 * @generated
	 */
	EAttribute getTargetResult_TargetName();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetResult#getProbabilityMet <em>Probability Met</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability Met</em>'.
	 * @see org.jinzai.model.TargetResult#getProbabilityMet()
	 * @see #getTargetResult()
	 * @generated
	 */
	EAttribute getTargetResult_ProbabilityMet();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetResult#getDepartmentsInScope <em>Departments In Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Departments In Scope</em>'.
	 * @see org.jinzai.model.TargetResult#getDepartmentsInScope()
	 * @see #getTargetResult()
	 * @generated
	 */
	EAttribute getTargetResult_DepartmentsInScope();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetResult#getMostMissedDepartmentId <em>Most Missed Department Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Most Missed Department Id</em>'.
	 * @see org.jinzai.model.TargetResult#getMostMissedDepartmentId()
	 * @see #getTargetResult()
	 * @generated
	 */
	EAttribute getTargetResult_MostMissedDepartmentId();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetResult#getMostMissedProbability <em>Most Missed Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Most Missed Probability</em>'.
	 * @see org.jinzai.model.TargetResult#getMostMissedProbability()
	 * @see #getTargetResult()
	 * @generated
	 */
	EAttribute getTargetResult_MostMissedProbability();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.TargetResult#getDepartmentMisses <em>Department Misses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Department Misses</em>'.
	 * @see org.jinzai.model.TargetResult#getDepartmentMisses()
	 * @see #getTargetResult()
	 * @generated
	 */
	EReference getTargetResult_DepartmentMisses();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.CountResult <em>Count Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Count Result</em>'.
	 * @see org.jinzai.model.CountResult
	 * @generated
	 */
	EClass getCountResult();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.CountResult#getPersonaId <em>Persona Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Persona Id</em>'.
	 * @see org.jinzai.model.CountResult#getPersonaId()
	 * @see #getCountResult()
	 * @generated
	 */
	EAttribute getCountResult_PersonaId();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.CountResult#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.jinzai.model.CountResult#getStep()
	 * @see #getCountResult()
	 * @generated
	 */
	EAttribute getCountResult_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.CountResult#isBySkill <em>By Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By Skill</em>'.
	 * @see org.jinzai.model.CountResult#isBySkill()
	 * @see #getCountResult()
	 * @generated
	 */
	EAttribute getCountResult_BySkill();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.CountResult#getDepartmentId <em>Department Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department Id</em>'.
	 * @see org.jinzai.model.CountResult#getDepartmentId()
	 * @see #getCountResult()
	 * @generated
	 */
	EAttribute getCountResult_DepartmentId();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.FlowResult <em>Flow Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow Result</em>'.
	 * @see org.jinzai.model.FlowResult
	 * @generated
	 */
	EClass getFlowResult();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.FlowResult#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.jinzai.model.FlowResult#getMeasure()
	 * @see #getFlowResult()
	 * @generated
	 */
	EAttribute getFlowResult_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.FlowResult#getDepartmentId <em>Department Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department Id</em>'.
	 * @see org.jinzai.model.FlowResult#getDepartmentId()
	 * @see #getFlowResult()
	 * @generated
	 */
	EAttribute getFlowResult_DepartmentId();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.DepartmentMiss <em>Department Miss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Department Miss</em>'.
	 * @see org.jinzai.model.DepartmentMiss
	 * @generated
	 */
	EClass getDepartmentMiss();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.DepartmentMiss#getDepartmentId <em>Department Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department Id</em>'.
	 * @see org.jinzai.model.DepartmentMiss#getDepartmentId()
	 * @see #getDepartmentMiss()
	 * @generated
	 */
	EAttribute getDepartmentMiss_DepartmentId();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.DepartmentMiss#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.jinzai.model.DepartmentMiss#getProbability()
	 * @see #getDepartmentMiss()
	 * @generated
	 */
	EAttribute getDepartmentMiss_Probability();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.jinzai.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Experiment#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scenario</em>'.
	 * @see org.jinzai.model.Experiment#getScenario()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Experiment#getScenarioFile <em>Scenario File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario File</em>'.
	 * @see org.jinzai.model.Experiment#getScenarioFile()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_ScenarioFile();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Experiment#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.jinzai.model.Experiment#getTarget()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Experiment#getTargetName <em>Target Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Name</em>'.
	 * @see org.jinzai.model.Experiment#getTargetName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_TargetName();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Experiment#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.jinzai.model.Experiment#getFiscalYear()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Experiment#getReplications <em>Replications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replications</em>'.
	 * @see org.jinzai.model.Experiment#getReplications()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Replications();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.jinzai.model.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Experiment#getInputFingerprint <em>Input Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Fingerprint</em>'.
	 * @see org.jinzai.model.Experiment#getInputFingerprint()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_InputFingerprint();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Experiment#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.jinzai.model.Experiment#getCreatedAt()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Experiment#getElapsedSeconds <em>Elapsed Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elapsed Seconds</em>'.
	 * @see org.jinzai.model.Experiment#getElapsedSeconds()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_ElapsedSeconds();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Lever <em>Lever</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lever</em>'.
	 * @see org.jinzai.model.Lever
	 * @generated
	 */
	EClass getLever();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Lever#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jinzai.model.Lever#getKind()
	 * @see #getLever()
	 * @generated
	 */
	EAttribute getLever_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Lever#getElementId <em>Element Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Id</em>'.
	 * @see org.jinzai.model.Lever#getElementId()
	 * @see #getLever()
	 * @generated
	 */
	EAttribute getLever_ElementId();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Lever#getElementName <em>Element Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Name</em>'.
	 * @see org.jinzai.model.Lever#getElementName()
	 * @see #getLever()
	 * @generated
	 */
	EAttribute getLever_ElementName();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.GoalSeekExperiment <em>Goal Seek Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal Seek Experiment</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment
	 * @generated
	 */
	EClass getGoalSeekExperiment();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.GoalSeekExperiment#getLever <em>Lever</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lever</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#getLever()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EReference getGoalSeekExperiment_Lever();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.GoalSeekExperiment#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#getProbability()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EAttribute getGoalSeekExperiment_Probability();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.GoalSeekExperiment#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#getMinimum()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EAttribute getGoalSeekExperiment_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.GoalSeekExperiment#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#getMaximum()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EAttribute getGoalSeekExperiment_Maximum();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.GoalSeekExperiment#isFeasible <em>Feasible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feasible</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#isFeasible()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EAttribute getGoalSeekExperiment_Feasible();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.GoalSeekExperiment#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#getAnswer()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EAttribute getGoalSeekExperiment_Answer();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.GoalSeekExperiment#getAchievedProbability <em>Achieved Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved Probability</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#getAchievedProbability()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EAttribute getGoalSeekExperiment_AchievedProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.GoalSeekExperiment#getProbabilityLow <em>Probability Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability Low</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#getProbabilityLow()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EAttribute getGoalSeekExperiment_ProbabilityLow();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.GoalSeekExperiment#getProbabilityHigh <em>Probability High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability High</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#getProbabilityHigh()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EAttribute getGoalSeekExperiment_ProbabilityHigh();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.GoalSeekExperiment#getEvaluations <em>Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluations</em>'.
	 * @see org.jinzai.model.GoalSeekExperiment#getEvaluations()
	 * @see #getGoalSeekExperiment()
	 * @generated
	 */
	EReference getGoalSeekExperiment_Evaluations();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.LeverEvaluation <em>Lever Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lever Evaluation</em>'.
	 * @see org.jinzai.model.LeverEvaluation
	 * @generated
	 */
	EClass getLeverEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.LeverEvaluation#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.jinzai.model.LeverEvaluation#getValue()
	 * @see #getLeverEvaluation()
	 * @generated
	 */
	EAttribute getLeverEvaluation_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.LeverEvaluation#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.jinzai.model.LeverEvaluation#getProbability()
	 * @see #getLeverEvaluation()
	 * @generated
	 */
	EAttribute getLeverEvaluation_Probability();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.LeverEvaluation#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.jinzai.model.LeverEvaluation#getMean()
	 * @see #getLeverEvaluation()
	 * @generated
	 */
	EAttribute getLeverEvaluation_Mean();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.LeverEvaluation#getReplications <em>Replications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replications</em>'.
	 * @see org.jinzai.model.LeverEvaluation#getReplications()
	 * @see #getLeverEvaluation()
	 * @generated
	 */
	EAttribute getLeverEvaluation_Replications();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SweepExperiment <em>Sweep Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Experiment</em>'.
	 * @see org.jinzai.model.SweepExperiment
	 * @generated
	 */
	EClass getSweepExperiment();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.SweepExperiment#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>First</em>'.
	 * @see org.jinzai.model.SweepExperiment#getFirst()
	 * @see #getSweepExperiment()
	 * @generated
	 */
	EReference getSweepExperiment_First();

	/**
	 * Returns the meta object for the attribute list '{@link org.jinzai.model.SweepExperiment#getFirstValues <em>First Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>First Values</em>'.
	 * @see org.jinzai.model.SweepExperiment#getFirstValues()
	 * @see #getSweepExperiment()
	 * @generated
	 */
	EAttribute getSweepExperiment_FirstValues();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.SweepExperiment#getSecond <em>Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Second</em>'.
	 * @see org.jinzai.model.SweepExperiment#getSecond()
	 * @see #getSweepExperiment()
	 * @generated
	 */
	EReference getSweepExperiment_Second();

	/**
	 * Returns the meta object for the attribute list '{@link org.jinzai.model.SweepExperiment#getSecondValues <em>Second Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Second Values</em>'.
	 * @see org.jinzai.model.SweepExperiment#getSecondValues()
	 * @see #getSweepExperiment()
	 * @generated
	 */
	EAttribute getSweepExperiment_SecondValues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.SweepExperiment#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see org.jinzai.model.SweepExperiment#getPoints()
	 * @see #getSweepExperiment()
	 * @generated
	 */
	EReference getSweepExperiment_Points();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SweepPoint <em>Sweep Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Point</em>'.
	 * @see org.jinzai.model.SweepPoint
	 * @generated
	 */
	EClass getSweepPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SweepPoint#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First</em>'.
	 * @see org.jinzai.model.SweepPoint#getFirst()
	 * @see #getSweepPoint()
	 * @generated
	 */
	EAttribute getSweepPoint_First();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SweepPoint#getSecond <em>Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Second</em>'.
	 * @see org.jinzai.model.SweepPoint#getSecond()
	 * @see #getSweepPoint()
	 * @generated
	 */
	EAttribute getSweepPoint_Second();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.SweepPoint#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.jinzai.model.SweepPoint#getValues()
	 * @see #getSweepPoint()
	 * @generated
	 */
	EReference getSweepPoint_Values();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.TargetOutcome <em>Target Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Outcome</em>'.
	 * @see org.jinzai.model.TargetOutcome
	 * @generated
	 */
	EClass getTargetOutcome();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.TargetOutcome#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.jinzai.model.TargetOutcome#getTarget()
	 * @see #getTargetOutcome()
	 * @generated
	 */
	EReference getTargetOutcome_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetOutcome#getTargetName <em>Target Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Name</em>'.
	 * @see org.jinzai.model.TargetOutcome#getTargetName()
	 * @see #getTargetOutcome()
	 * @generated
	 */
	EAttribute getTargetOutcome_TargetName();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetOutcome#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.jinzai.model.TargetOutcome#getProbability()
	 * @see #getTargetOutcome()
	 * @generated
	 */
	EAttribute getTargetOutcome_Probability();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.TargetOutcome#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.jinzai.model.TargetOutcome#getMean()
	 * @see #getTargetOutcome()
	 * @generated
	 */
	EAttribute getTargetOutcome_Mean();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SensitivityExperiment <em>Sensitivity Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sensitivity Experiment</em>'.
	 * @see org.jinzai.model.SensitivityExperiment
	 * @generated
	 */
	EClass getSensitivityExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SensitivityExperiment#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.jinzai.model.SensitivityExperiment#getPercent()
	 * @see #getSensitivityExperiment()
	 * @generated
	 */
	EAttribute getSensitivityExperiment_Percent();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SensitivityExperiment#getBaseMean <em>Base Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Mean</em>'.
	 * @see org.jinzai.model.SensitivityExperiment#getBaseMean()
	 * @see #getSensitivityExperiment()
	 * @generated
	 */
	EAttribute getSensitivityExperiment_BaseMean();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SensitivityExperiment#getBaseProbability <em>Base Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Probability</em>'.
	 * @see org.jinzai.model.SensitivityExperiment#getBaseProbability()
	 * @see #getSensitivityExperiment()
	 * @generated
	 */
	EAttribute getSensitivityExperiment_BaseProbability();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.SensitivityExperiment#getBars <em>Bars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bars</em>'.
	 * @see org.jinzai.model.SensitivityExperiment#getBars()
	 * @see #getSensitivityExperiment()
	 * @generated
	 */
	EReference getSensitivityExperiment_Bars();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.SensitivityBar <em>Sensitivity Bar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sensitivity Bar</em>'.
	 * @see org.jinzai.model.SensitivityBar
	 * @generated
	 */
	EClass getSensitivityBar();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.SensitivityBar#getLever <em>Lever</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lever</em>'.
	 * @see org.jinzai.model.SensitivityBar#getLever()
	 * @see #getSensitivityBar()
	 * @generated
	 */
	EReference getSensitivityBar_Lever();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SensitivityBar#getLowValue <em>Low Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low Value</em>'.
	 * @see org.jinzai.model.SensitivityBar#getLowValue()
	 * @see #getSensitivityBar()
	 * @generated
	 */
	EAttribute getSensitivityBar_LowValue();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SensitivityBar#getHighValue <em>High Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High Value</em>'.
	 * @see org.jinzai.model.SensitivityBar#getHighValue()
	 * @see #getSensitivityBar()
	 * @generated
	 */
	EAttribute getSensitivityBar_HighValue();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SensitivityBar#getLowMean <em>Low Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low Mean</em>'.
	 * @see org.jinzai.model.SensitivityBar#getLowMean()
	 * @see #getSensitivityBar()
	 * @generated
	 */
	EAttribute getSensitivityBar_LowMean();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SensitivityBar#getHighMean <em>High Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High Mean</em>'.
	 * @see org.jinzai.model.SensitivityBar#getHighMean()
	 * @see #getSensitivityBar()
	 * @generated
	 */
	EAttribute getSensitivityBar_HighMean();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SensitivityBar#getLowProbability <em>Low Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low Probability</em>'.
	 * @see org.jinzai.model.SensitivityBar#getLowProbability()
	 * @see #getSensitivityBar()
	 * @generated
	 */
	EAttribute getSensitivityBar_LowProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.SensitivityBar#getHighProbability <em>High Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High Probability</em>'.
	 * @see org.jinzai.model.SensitivityBar#getHighProbability()
	 * @see #getSensitivityBar()
	 * @generated
	 */
	EAttribute getSensitivityBar_HighProbability();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.jinzai.model.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Region#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.jinzai.model.Region#getDescription()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.jinzai.model.Region#getRunSettings <em>Run Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Run Settings</em>'.
	 * @see org.jinzai.model.Region#getRunSettings()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_RunSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Region#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.jinzai.model.Region#getMembers()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Region#getPools <em>Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pools</em>'.
	 * @see org.jinzai.model.Region#getPools()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Pools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Region#getCourses <em>Courses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Courses</em>'.
	 * @see org.jinzai.model.Region#getCourses()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Courses();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RegionMember <em>Region Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Member</em>'.
	 * @see org.jinzai.model.RegionMember
	 * @generated
	 */
	EClass getRegionMember();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.RegionMember#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scenario</em>'.
	 * @see org.jinzai.model.RegionMember#getScenario()
	 * @see #getRegionMember()
	 * @generated
	 */
	EReference getRegionMember_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RegionMember#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.jinzai.model.RegionMember#getPriority()
	 * @see #getRegionMember()
	 * @generated
	 */
	EAttribute getRegionMember_Priority();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.RegionMember#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requests</em>'.
	 * @see org.jinzai.model.RegionMember#getRequests()
	 * @see #getRegionMember()
	 * @generated
	 */
	EReference getRegionMember_Requests();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.RegionMember#getCourseRequests <em>Course Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Course Requests</em>'.
	 * @see org.jinzai.model.RegionMember#getCourseRequests()
	 * @see #getRegionMember()
	 * @generated
	 */
	EReference getRegionMember_CourseRequests();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.RegionMember#getSecondments <em>Secondments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Secondments</em>'.
	 * @see org.jinzai.model.RegionMember#getSecondments()
	 * @see #getRegionMember()
	 * @generated
	 */
	EReference getRegionMember_Secondments();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.PoolRequest <em>Pool Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pool Request</em>'.
	 * @see org.jinzai.model.PoolRequest
	 * @generated
	 */
	EClass getPoolRequest();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.PoolRequest#getPool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pool</em>'.
	 * @see org.jinzai.model.PoolRequest#getPool()
	 * @see #getPoolRequest()
	 * @generated
	 */
	EReference getPoolRequest_Pool();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.PoolRequest#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.PoolRequest#getPersona()
	 * @see #getPoolRequest()
	 * @generated
	 */
	EReference getPoolRequest_Persona();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.PoolRequest#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Department</em>'.
	 * @see org.jinzai.model.PoolRequest#getDepartment()
	 * @see #getPoolRequest()
	 * @generated
	 */
	EReference getPoolRequest_Department();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.PoolRequest#getDays <em>Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Days</em>'.
	 * @see org.jinzai.model.PoolRequest#getDays()
	 * @see #getPoolRequest()
	 * @generated
	 */
	EReference getPoolRequest_Days();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.PoolRequest#getWhenShortOf <em>When Short Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>When Short Of</em>'.
	 * @see org.jinzai.model.PoolRequest#getWhenShortOf()
	 * @see #getPoolRequest()
	 * @generated
	 */
	EReference getPoolRequest_WhenShortOf();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Pool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pool</em>'.
	 * @see org.jinzai.model.Pool
	 * @generated
	 */
	EClass getPool();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getInitialStaff <em>Initial Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Staff</em>'.
	 * @see org.jinzai.model.Pool#getInitialStaff()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_InitialStaff();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getDaysPerWeek <em>Days Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days Per Week</em>'.
	 * @see org.jinzai.model.Pool#getDaysPerWeek()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_DaysPerWeek();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Pool#getHires <em>Hires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hires</em>'.
	 * @see org.jinzai.model.Pool#getHires()
	 * @see #getPool()
	 * @generated
	 */
	EReference getPool_Hires();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getHireMonth <em>Hire Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hire Month</em>'.
	 * @see org.jinzai.model.Pool#getHireMonth()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_HireMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getFillProbability <em>Fill Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill Probability</em>'.
	 * @see org.jinzai.model.Pool#getFillProbability()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_FillProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getTermYears <em>Term Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term Years</em>'.
	 * @see org.jinzai.model.Pool#getTermYears()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_TermYears();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getYearlyAttrition <em>Yearly Attrition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Yearly Attrition</em>'.
	 * @see org.jinzai.model.Pool#getYearlyAttrition()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_YearlyAttrition();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getCostPerPersonYear <em>Cost Per Person Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Per Person Year</em>'.
	 * @see org.jinzai.model.Pool#getCostPerPersonYear()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_CostPerPersonYear();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.jinzai.model.Pool#getStep()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getAllocation <em>Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocation</em>'.
	 * @see org.jinzai.model.Pool#getAllocation()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_Allocation();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getPrefectureShare <em>Prefecture Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefecture Share</em>'.
	 * @see org.jinzai.model.Pool#getPrefectureShare()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_PrefectureShare();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Pool#getMemberSharing <em>Member Sharing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Member Sharing</em>'.
	 * @see org.jinzai.model.Pool#getMemberSharing()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_MemberSharing();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.RegionCourse <em>Region Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Course</em>'.
	 * @see org.jinzai.model.RegionCourse
	 * @generated
	 */
	EClass getRegionCourse();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RegionCourse#getCourseId <em>Course Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Course Id</em>'.
	 * @see org.jinzai.model.RegionCourse#getCourseId()
	 * @see #getRegionCourse()
	 * @generated
	 */
	EAttribute getRegionCourse_CourseId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.RegionCourse#getSeats <em>Seats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Seats</em>'.
	 * @see org.jinzai.model.RegionCourse#getSeats()
	 * @see #getRegionCourse()
	 * @generated
	 */
	EReference getRegionCourse_Seats();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RegionCourse#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.jinzai.model.RegionCourse#getMonth()
	 * @see #getRegionCourse()
	 * @generated
	 */
	EAttribute getRegionCourse_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.RegionCourse#getAllocation <em>Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocation</em>'.
	 * @see org.jinzai.model.RegionCourse#getAllocation()
	 * @see #getRegionCourse()
	 * @generated
	 */
	EAttribute getRegionCourse_Allocation();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.CourseRequest <em>Course Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Course Request</em>'.
	 * @see org.jinzai.model.CourseRequest
	 * @generated
	 */
	EClass getCourseRequest();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.CourseRequest#getCourse <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Course</em>'.
	 * @see org.jinzai.model.CourseRequest#getCourse()
	 * @see #getCourseRequest()
	 * @generated
	 */
	EReference getCourseRequest_Course();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.CourseRequest#getSeats <em>Seats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Seats</em>'.
	 * @see org.jinzai.model.CourseRequest#getSeats()
	 * @see #getCourseRequest()
	 * @generated
	 */
	EReference getCourseRequest_Seats();

	/**
	 * Returns the meta object for class '{@link org.jinzai.model.Secondment <em>Secondment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Secondment</em>'.
	 * @see org.jinzai.model.Secondment
	 * @generated
	 */
	EClass getSecondment();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Secondment#getPool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pool</em>'.
	 * @see org.jinzai.model.Secondment#getPool()
	 * @see #getSecondment()
	 * @generated
	 */
	EReference getSecondment_Pool();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Secondment#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.jinzai.model.Secondment#getPersona()
	 * @see #getSecondment()
	 * @generated
	 */
	EReference getSecondment_Persona();

	/**
	 * Returns the meta object for the reference '{@link org.jinzai.model.Secondment#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Department</em>'.
	 * @see org.jinzai.model.Secondment#getDepartment()
	 * @see #getSecondment()
	 * @generated
	 */
	EReference getSecondment_Department();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jinzai.model.Secondment#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Staff</em>'.
	 * @see org.jinzai.model.Secondment#getStaff()
	 * @see #getSecondment()
	 * @generated
	 */
	EReference getSecondment_Staff();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Secondment#getTermYears <em>Term Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term Years</em>'.
	 * @see org.jinzai.model.Secondment#getTermYears()
	 * @see #getSecondment()
	 * @generated
	 */
	EAttribute getSecondment_TermYears();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Secondment#getStepOnReturn <em>Step On Return</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step On Return</em>'.
	 * @see org.jinzai.model.Secondment#getStepOnReturn()
	 * @see #getSecondment()
	 * @generated
	 */
	EAttribute getSecondment_StepOnReturn();

	/**
	 * Returns the meta object for the attribute '{@link org.jinzai.model.Secondment#getServingDays <em>Serving Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serving Days</em>'.
	 * @see org.jinzai.model.Secondment#getServingDays()
	 * @see #getSecondment()
	 * @generated
	 */
	EAttribute getSecondment_ServingDays();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.MunicipalityKind <em>Municipality Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Municipality Kind</em>'.
	 * @see org.jinzai.model.MunicipalityKind
	 * @generated
	 */
	EEnum getMunicipalityKind();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.DepartmentKind <em>Department Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Department Kind</em>'.
	 * @see org.jinzai.model.DepartmentKind
	 * @generated
	 */
	EEnum getDepartmentKind();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.EmploymentType <em>Employment Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Employment Type</em>'.
	 * @see org.jinzai.model.EmploymentType
	 * @generated
	 */
	EEnum getEmploymentType();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.Rank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rank</em>'.
	 * @see org.jinzai.model.Rank
	 * @generated
	 */
	EEnum getRank();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.Provider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Provider</em>'.
	 * @see org.jinzai.model.Provider
	 * @generated
	 */
	EEnum getProvider();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.ChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Kind</em>'.
	 * @see org.jinzai.model.ChannelKind
	 * @generated
	 */
	EEnum getChannelKind();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.TargetKind <em>Target Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Kind</em>'.
	 * @see org.jinzai.model.TargetKind
	 * @generated
	 */
	EEnum getTargetKind();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.TargetScope <em>Target Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Scope</em>'.
	 * @see org.jinzai.model.TargetScope
	 * @generated
	 */
	EEnum getTargetScope();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.CountBasis <em>Count Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Count Basis</em>'.
	 * @see org.jinzai.model.CountBasis
	 * @generated
	 */
	EEnum getCountBasis();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.AllocationPolicy <em>Allocation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Allocation Policy</em>'.
	 * @see org.jinzai.model.AllocationPolicy
	 * @generated
	 */
	EEnum getAllocationPolicy();

	/**
	 * Returns the meta object for enum '{@link org.jinzai.model.CostSharing <em>Cost Sharing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cost Sharing</em>'.
	 * @see org.jinzai.model.CostSharing
	 * @generated
	 */
	EEnum getCostSharing();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	JinzaiFactory getJinzaiFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.NamedElementImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__ID = eINSTANCE.getNamedElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.BaselineImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__DESCRIPTION = eINSTANCE.getBaseline_Description();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__MODEL_VERSION = eINSTANCE.getBaseline_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__ORGANIZATION = eINSTANCE.getBaseline_Organization();

		/**
		 * The meta object literal for the '<em><b>Skill Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__SKILL_ITEMS = eINSTANCE.getBaseline_SkillItems();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__PERSONAS = eINSTANCE.getBaseline_Personas();

		/**
		 * The meta object literal for the '<em><b>Courses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__COURSES = eINSTANCE.getBaseline_Courses();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__STAFF = eINSTANCE.getBaseline_Staff();

		/**
		 * The meta object literal for the '<em><b>Roster Aggregates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__ROSTER_AGGREGATES = eINSTANCE.getBaseline_RosterAggregates();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.OrganizationImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__POPULATION = eINSTANCE.getOrganization_Population();

		/**
		 * The meta object literal for the '<em><b>Statutory Headcount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__STATUTORY_HEADCOUNT = eINSTANCE.getOrganization_StatutoryHeadcount();

		/**
		 * The meta object literal for the '<em><b>Departments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__DEPARTMENTS = eINSTANCE.getOrganization_Departments();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.DepartmentImpl <em>Department</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.DepartmentImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDepartment()
		 * @generated
		 */
		EClass DEPARTMENT = eINSTANCE.getDepartment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__KIND = eINSTANCE.getDepartment_Kind();

		/**
		 * The meta object literal for the '<em><b>Headcount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__HEADCOUNT = eINSTANCE.getDepartment_Headcount();

		/**
		 * The meta object literal for the '<em><b>Large Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPARTMENT__LARGE_PROJECTS = eINSTANCE.getDepartment_LargeProjects();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.LargeProjectImpl <em>Large Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.LargeProjectImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLargeProject()
		 * @generated
		 */
		EClass LARGE_PROJECT = eINSTANCE.getLargeProject();

		/**
		 * The meta object literal for the '<em><b>First Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LARGE_PROJECT__FIRST_FISCAL_YEAR = eINSTANCE.getLargeProject_FirstFiscalYear();

		/**
		 * The meta object literal for the '<em><b>Last Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LARGE_PROJECT__LAST_FISCAL_YEAR = eINSTANCE.getLargeProject_LastFiscalYear();

		/**
		 * The meta object literal for the '<em><b>Held Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LARGE_PROJECT__HELD_PERSONAS = eINSTANCE.getLargeProject_HeldPersonas();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SkillItemImpl <em>Skill Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SkillItemImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillItem()
		 * @generated
		 */
		EClass SKILL_ITEM = eINSTANCE.getSkillItem();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_ITEM__GROUP = eINSTANCE.getSkillItem_Group();

		/**
		 * The meta object literal for the '<em><b>Tool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_ITEM__TOOL = eINSTANCE.getSkillItem_Tool();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.PersonaImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__SHORT_NAME = eINSTANCE.getPersona_ShortName();

		/**
		 * The meta object literal for the '<em><b>External</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__EXTERNAL = eINSTANCE.getPersona_External();

		/**
		 * The meta object literal for the '<em><b>Has Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__HAS_STEPS = eINSTANCE.getPersona_HasSteps();

		/**
		 * The meta object literal for the '<em><b>Required Skills</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__REQUIRED_SKILLS = eINSTANCE.getPersona_RequiredSkills();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__STEPS = eINSTANCE.getPersona_Steps();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SkillRequirementImpl <em>Skill Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SkillRequirementImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillRequirement()
		 * @generated
		 */
		EClass SKILL_REQUIREMENT = eINSTANCE.getSkillRequirement();

		/**
		 * The meta object literal for the '<em><b>Skill</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL_REQUIREMENT__SKILL = eINSTANCE.getSkillRequirement_Skill();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_REQUIREMENT__LEVEL = eINSTANCE.getSkillRequirement_Level();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.StepDefinitionImpl <em>Step Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.StepDefinitionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStepDefinition()
		 * @generated
		 */
		EClass STEP_DEFINITION = eINSTANCE.getStepDefinition();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_DEFINITION__STEP = eINSTANCE.getStepDefinition_Step();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_DEFINITION__DESCRIPTION = eINSTANCE.getStepDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_DEFINITION__CRITERIA = eINSTANCE.getStepDefinition_Criteria();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.StepCriterionImpl <em>Step Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.StepCriterionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStepCriterion()
		 * @generated
		 */
		EClass STEP_CRITERION = eINSTANCE.getStepCriterion();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.CoursesCompletedCriterionImpl <em>Courses Completed Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.CoursesCompletedCriterionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCoursesCompletedCriterion()
		 * @generated
		 */
		EClass COURSES_COMPLETED_CRITERION = eINSTANCE.getCoursesCompletedCriterion();

		/**
		 * The meta object literal for the '<em><b>Courses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSES_COMPLETED_CRITERION__COURSES = eINSTANCE.getCoursesCompletedCriterion_Courses();

		/**
		 * The meta object literal for the '<em><b>Minimum Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSES_COMPLETED_CRITERION__MINIMUM_COUNT = eINSTANCE.getCoursesCompletedCriterion_MinimumCount();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SkillLevelCriterionImpl <em>Skill Level Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SkillLevelCriterionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillLevelCriterion()
		 * @generated
		 */
		EClass SKILL_LEVEL_CRITERION = eINSTANCE.getSkillLevelCriterion();

		/**
		 * The meta object literal for the '<em><b>Skill</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL_LEVEL_CRITERION__SKILL = eINSTANCE.getSkillLevelCriterion_Skill();

		/**
		 * The meta object literal for the '<em><b>Minimum Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_LEVEL_CRITERION__MINIMUM_LEVEL = eINSTANCE.getSkillLevelCriterion_MinimumLevel();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.LeadMonthsCriterionImpl <em>Lead Months Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.LeadMonthsCriterionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLeadMonthsCriterion()
		 * @generated
		 */
		EClass LEAD_MONTHS_CRITERION = eINSTANCE.getLeadMonthsCriterion();

		/**
		 * The meta object literal for the '<em><b>Minimum Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD_MONTHS_CRITERION__MINIMUM_MONTHS = eINSTANCE.getLeadMonthsCriterion_MinimumMonths();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.ProjectsLedCriterionImpl <em>Projects Led Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.ProjectsLedCriterionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getProjectsLedCriterion()
		 * @generated
		 */
		EClass PROJECTS_LED_CRITERION = eINSTANCE.getProjectsLedCriterion();

		/**
		 * The meta object literal for the '<em><b>Minimum Projects</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECTS_LED_CRITERION__MINIMUM_PROJECTS = eINSTANCE.getProjectsLedCriterion_MinimumProjects();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.MentoringCriterionImpl <em>Mentoring Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.MentoringCriterionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getMentoringCriterion()
		 * @generated
		 */
		EClass MENTORING_CRITERION = eINSTANCE.getMentoringCriterion();

		/**
		 * The meta object literal for the '<em><b>Minimum Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTORING_CRITERION__MINIMUM_MONTHS = eINSTANCE.getMentoringCriterion_MinimumMonths();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.PreviousStepCriterionImpl <em>Previous Step Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.PreviousStepCriterionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getPreviousStepCriterion()
		 * @generated
		 */
		EClass PREVIOUS_STEP_CRITERION = eINSTANCE.getPreviousStepCriterion();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.CourseImpl <em>Course</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.CourseImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCourse()
		 * @generated
		 */
		EClass COURSE = eINSTANCE.getCourse();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__PROVIDER = eINSTANCE.getCourse_Provider();

		/**
		 * The meta object literal for the '<em><b>Duration Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__DURATION_DAYS = eINSTANCE.getCourse_DurationDays();

		/**
		 * The meta object literal for the '<em><b>Cost Per Seat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__COST_PER_SEAT = eINSTANCE.getCourse_CostPerSeat();

		/**
		 * The meta object literal for the '<em><b>Grants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE__GRANTS = eINSTANCE.getCourse_Grants();

		/**
		 * The meta object literal for the '<em><b>Target Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE__TARGET_PERSONAS = eINSTANCE.getCourse_TargetPersonas();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SkillGrantImpl <em>Skill Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SkillGrantImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillGrant()
		 * @generated
		 */
		EClass SKILL_GRANT = eINSTANCE.getSkillGrant();

		/**
		 * The meta object literal for the '<em><b>Skill</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL_GRANT__SKILL = eINSTANCE.getSkillGrant_Skill();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_GRANT__LEVEL = eINSTANCE.getSkillGrant_Level();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.StaffMemberImpl <em>Staff Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.StaffMemberImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStaffMember()
		 * @generated
		 */
		EClass STAFF_MEMBER = eINSTANCE.getStaffMember();

		/**
		 * The meta object literal for the '<em><b>Birth Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__BIRTH_YEAR = eINSTANCE.getStaffMember_BirthYear();

		/**
		 * The meta object literal for the '<em><b>Hire Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__HIRE_FISCAL_YEAR = eINSTANCE.getStaffMember_HireFiscalYear();

		/**
		 * The meta object literal for the '<em><b>Employment Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__EMPLOYMENT_TYPE = eINSTANCE.getStaffMember_EmploymentType();

		/**
		 * The meta object literal for the '<em><b>Term End Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__TERM_END_FISCAL_YEAR = eINSTANCE.getStaffMember_TermEndFiscalYear();

		/**
		 * The meta object literal for the '<em><b>Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__FTE = eINSTANCE.getStaffMember_Fte();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__RANK = eINSTANCE.getStaffMember_Rank();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_MEMBER__DEPARTMENT = eINSTANCE.getStaffMember_Department();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_MEMBER__PERSONA = eINSTANCE.getStaffMember_Persona();

		/**
		 * The meta object literal for the '<em><b>Specialist Track</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__SPECIALIST_TRACK = eINSTANCE.getStaffMember_SpecialistTrack();

		/**
		 * The meta object literal for the '<em><b>Months In Post</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__MONTHS_IN_POST = eINSTANCE.getStaffMember_MonthsInPost();

		/**
		 * The meta object literal for the '<em><b>Skill Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_MEMBER__SKILL_LEVELS = eINSTANCE.getStaffMember_SkillLevels();

		/**
		 * The meta object literal for the '<em><b>Courses Completed</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_MEMBER__COURSES_COMPLETED = eINSTANCE.getStaffMember_CoursesCompleted();

		/**
		 * The meta object literal for the '<em><b>Months Leading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__MONTHS_LEADING = eINSTANCE.getStaffMember_MonthsLeading();

		/**
		 * The meta object literal for the '<em><b>Projects Led</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__PROJECTS_LED = eINSTANCE.getStaffMember_ProjectsLed();

		/**
		 * The meta object literal for the '<em><b>Months Mentoring</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__MONTHS_MENTORING = eINSTANCE.getStaffMember_MonthsMentoring();

		/**
		 * The meta object literal for the '<em><b>Steps Reached</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_MEMBER__STEPS_REACHED = eINSTANCE.getStaffMember_StepsReached();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SkillLevelImpl <em>Skill Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SkillLevelImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSkillLevel()
		 * @generated
		 */
		EClass SKILL_LEVEL = eINSTANCE.getSkillLevel();

		/**
		 * The meta object literal for the '<em><b>Skill</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKILL_LEVEL__SKILL = eINSTANCE.getSkillLevel_Skill();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKILL_LEVEL__LEVEL = eINSTANCE.getSkillLevel_Level();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.StepReachedImpl <em>Step Reached</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.StepReachedImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStepReached()
		 * @generated
		 */
		EClass STEP_REACHED = eINSTANCE.getStepReached();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_REACHED__PERSONA = eINSTANCE.getStepReached_Persona();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_REACHED__STEP = eINSTANCE.getStepReached_Step();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RosterAggregateImpl <em>Roster Aggregate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RosterAggregateImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRosterAggregate()
		 * @generated
		 */
		EClass ROSTER_AGGREGATE = eINSTANCE.getRosterAggregate();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROSTER_AGGREGATE__DEPARTMENT = eINSTANCE.getRosterAggregate_Department();

		/**
		 * The meta object literal for the '<em><b>Min Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROSTER_AGGREGATE__MIN_AGE = eINSTANCE.getRosterAggregate_MinAge();

		/**
		 * The meta object literal for the '<em><b>Max Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROSTER_AGGREGATE__MAX_AGE = eINSTANCE.getRosterAggregate_MaxAge();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROSTER_AGGREGATE__RANK = eINSTANCE.getRosterAggregate_Rank();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROSTER_AGGREGATE__PERSONA = eINSTANCE.getRosterAggregate_Persona();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROSTER_AGGREGATE__COUNT = eINSTANCE.getRosterAggregate_Count();

		/**
		 * The meta object literal for the '<em><b>Employment Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROSTER_AGGREGATE__EMPLOYMENT_TYPE = eINSTANCE.getRosterAggregate_EmploymentType();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.ScenarioImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__MODEL_VERSION = eINSTANCE.getScenario_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__BASELINE = eINSTANCE.getScenario_Baseline();

		/**
		 * The meta object literal for the '<em><b>Derived From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DERIVED_FROM = eINSTANCE.getScenario_DerivedFrom();

		/**
		 * The meta object literal for the '<em><b>Run Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__RUN_SETTINGS = eINSTANCE.getScenario_RunSettings();

		/**
		 * The meta object literal for the '<em><b>Course Seats</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__COURSE_SEATS = eINSTANCE.getScenario_CourseSeats();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__PROJECTS = eINSTANCE.getScenario_Projects();

		/**
		 * The meta object literal for the '<em><b>Appointment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__APPOINTMENT = eINSTANCE.getScenario_Appointment();

		/**
		 * The meta object literal for the '<em><b>Rotation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__ROTATION = eINSTANCE.getScenario_Rotation();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CHANNELS = eINSTANCE.getScenario_Channels();

		/**
		 * The meta object literal for the '<em><b>Attrition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__ATTRITION = eINSTANCE.getScenario_Attrition();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TARGETS = eINSTANCE.getScenario_Targets();

		/**
		 * The meta object literal for the '<em><b>Backtest</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__BACKTEST = eINSTANCE.getScenario_Backtest();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.BacktestSummaryImpl <em>Backtest Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.BacktestSummaryImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getBacktestSummary()
		 * @generated
		 */
		EClass BACKTEST_SUMMARY = eINSTANCE.getBacktestSummary();

		/**
		 * The meta object literal for the '<em><b>First Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKTEST_SUMMARY__FIRST_ORIGIN = eINSTANCE.getBacktestSummary_FirstOrigin();

		/**
		 * The meta object literal for the '<em><b>Last Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKTEST_SUMMARY__LAST_ORIGIN = eINSTANCE.getBacktestSummary_LastOrigin();

		/**
		 * The meta object literal for the '<em><b>Last Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKTEST_SUMMARY__LAST_YEAR = eINSTANCE.getBacktestSummary_LastYear();

		/**
		 * The meta object literal for the '<em><b>Comparisons</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKTEST_SUMMARY__COMPARISONS = eINSTANCE.getBacktestSummary_Comparisons();

		/**
		 * The meta object literal for the '<em><b>Inside80</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKTEST_SUMMARY__INSIDE80 = eINSTANCE.getBacktestSummary_Inside80();

		/**
		 * The meta object literal for the '<em><b>Inside90</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKTEST_SUMMARY__INSIDE90 = eINSTANCE.getBacktestSummary_Inside90();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKTEST_SUMMARY__RUNS = eINSTANCE.getBacktestSummary_Runs();

		/**
		 * The meta object literal for the '<em><b>Rates Drawn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKTEST_SUMMARY__RATES_DRAWN = eINSTANCE.getBacktestSummary_RatesDrawn();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKTEST_SUMMARY__DATE = eINSTANCE.getBacktestSummary_Date();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RunSettingsImpl <em>Run Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RunSettingsImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRunSettings()
		 * @generated
		 */
		EClass RUN_SETTINGS = eINSTANCE.getRunSettings();

		/**
		 * The meta object literal for the '<em><b>First Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_SETTINGS__FIRST_FISCAL_YEAR = eINSTANCE.getRunSettings_FirstFiscalYear();

		/**
		 * The meta object literal for the '<em><b>Horizon Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_SETTINGS__HORIZON_YEARS = eINSTANCE.getRunSettings_HorizonYears();

		/**
		 * The meta object literal for the '<em><b>Replications</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_SETTINGS__REPLICATIONS = eINSTANCE.getRunSettings_Replications();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_SETTINGS__SEED = eINSTANCE.getRunSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Rate Uncertainty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_SETTINGS__RATE_UNCERTAINTY = eINSTANCE.getRunSettings_RateUncertainty();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.CourseSeatsImpl <em>Course Seats</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.CourseSeatsImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCourseSeats()
		 * @generated
		 */
		EClass COURSE_SEATS = eINSTANCE.getCourseSeats();

		/**
		 * The meta object literal for the '<em><b>Course</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE_SEATS__COURSE = eINSTANCE.getCourseSeats_Course();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_SEATS__FISCAL_YEAR = eINSTANCE.getCourseSeats_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Seats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_SEATS__SEATS = eINSTANCE.getCourseSeats_Seats();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_SEATS__MONTH = eINSTANCE.getCourseSeats_Month();

		/**
		 * The meta object literal for the '<em><b>Priority Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE_SEATS__PRIORITY_PERSONA = eINSTANCE.getCourseSeats_PriorityPersona();

		/**
		 * The meta object literal for the '<em><b>Estimate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE_SEATS__ESTIMATE = eINSTANCE.getCourseSeats_Estimate();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.UptakeEstimateImpl <em>Uptake Estimate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.UptakeEstimateImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getUptakeEstimate()
		 * @generated
		 */
		EClass UPTAKE_ESTIMATE = eINSTANCE.getUptakeEstimate();

		/**
		 * The meta object literal for the '<em><b>Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPTAKE_ESTIMATE__PER_YEAR = eINSTANCE.getUptakeEstimate_PerYear();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPTAKE_ESTIMATE__LOW = eINSTANCE.getUptakeEstimate_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPTAKE_ESTIMATE__HIGH = eINSTANCE.getUptakeEstimate_High();

		/**
		 * The meta object literal for the '<em><b>Completions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPTAKE_ESTIMATE__COMPLETIONS = eINSTANCE.getUptakeEstimate_Completions();

		/**
		 * The meta object literal for the '<em><b>First Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPTAKE_ESTIMATE__FIRST_YEAR = eINSTANCE.getUptakeEstimate_FirstYear();

		/**
		 * The meta object literal for the '<em><b>Last Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPTAKE_ESTIMATE__LAST_YEAR = eINSTANCE.getUptakeEstimate_LastYear();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.DxProjectPlanImpl <em>Dx Project Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.DxProjectPlanImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDxProjectPlan()
		 * @generated
		 */
		EClass DX_PROJECT_PLAN = eINSTANCE.getDxProjectPlan();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DX_PROJECT_PLAN__DEPARTMENT = eINSTANCE.getDxProjectPlan_Department();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DX_PROJECT_PLAN__FISCAL_YEAR = eINSTANCE.getDxProjectPlan_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DX_PROJECT_PLAN__COUNT = eINSTANCE.getDxProjectPlan_Count();

		/**
		 * The meta object literal for the '<em><b>Duration Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DX_PROJECT_PLAN__DURATION_MONTHS = eINSTANCE.getDxProjectPlan_DurationMonths();

		/**
		 * The meta object literal for the '<em><b>Lead Seats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DX_PROJECT_PLAN__LEAD_SEATS = eINSTANCE.getDxProjectPlan_LeadSeats();

		/**
		 * The meta object literal for the '<em><b>Start Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DX_PROJECT_PLAN__START_MONTH = eINSTANCE.getDxProjectPlan_StartMonth();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.AppointmentPolicyImpl <em>Appointment Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.AppointmentPolicyImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAppointmentPolicy()
		 * @generated
		 */
		EClass APPOINTMENT_POLICY = eINSTANCE.getAppointmentPolicy();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPOINTMENT_POLICY__PERSONA = eINSTANCE.getAppointmentPolicy_Persona();

		/**
		 * The meta object literal for the '<em><b>Per Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPOINTMENT_POLICY__PER_DEPARTMENT = eINSTANCE.getAppointmentPolicy_PerDepartment();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPOINTMENT_POLICY__TOTAL = eINSTANCE.getAppointmentPolicy_Total();

		/**
		 * The meta object literal for the '<em><b>Yearly Appointments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPOINTMENT_POLICY__YEARLY_APPOINTMENTS = eINSTANCE.getAppointmentPolicy_YearlyAppointments();

		/**
		 * The meta object literal for the '<em><b>Min Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPOINTMENT_POLICY__MIN_AGE = eINSTANCE.getAppointmentPolicy_MinAge();

		/**
		 * The meta object literal for the '<em><b>Max Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPOINTMENT_POLICY__MAX_AGE = eINSTANCE.getAppointmentPolicy_MaxAge();

		/**
		 * The meta object literal for the '<em><b>Min Months In Post</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPOINTMENT_POLICY__MIN_MONTHS_IN_POST = eINSTANCE.getAppointmentPolicy_MinMonthsInPost();

		/**
		 * The meta object literal for the '<em><b>Reappointment Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPOINTMENT_POLICY__REAPPOINTMENT_PROBABILITY = eINSTANCE.getAppointmentPolicy_ReappointmentProbability();

		/**
		 * The meta object literal for the '<em><b>Reappointment Estimate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPOINTMENT_POLICY__REAPPOINTMENT_ESTIMATE = eINSTANCE.getAppointmentPolicy_ReappointmentEstimate();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RotationPolicyImpl <em>Rotation Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RotationPolicyImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRotationPolicy()
		 * @generated
		 */
		EClass ROTATION_POLICY = eINSTANCE.getRotationPolicy();

		/**
		 * The meta object literal for the '<em><b>Min Tenure Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATION_POLICY__MIN_TENURE_YEARS = eINSTANCE.getRotationPolicy_MinTenureYears();

		/**
		 * The meta object literal for the '<em><b>Max Tenure Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATION_POLICY__MAX_TENURE_YEARS = eINSTANCE.getRotationPolicy_MaxTenureYears();

		/**
		 * The meta object literal for the '<em><b>Move Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATION_POLICY__MOVE_MONTH = eINSTANCE.getRotationPolicy_MoveMonth();

		/**
		 * The meta object literal for the '<em><b>Allowed Transfers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROTATION_POLICY__ALLOWED_TRANSFERS = eINSTANCE.getRotationPolicy_AllowedTransfers();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROTATION_POLICY__RULES = eINSTANCE.getRotationPolicy_Rules();

		/**
		 * The meta object literal for the '<em><b>Tenures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROTATION_POLICY__TENURES = eINSTANCE.getRotationPolicy_Tenures();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.KindTenureImpl <em>Kind Tenure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.KindTenureImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getKindTenure()
		 * @generated
		 */
		EClass KIND_TENURE = eINSTANCE.getKindTenure();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KIND_TENURE__KIND = eINSTANCE.getKindTenure_Kind();

		/**
		 * The meta object literal for the '<em><b>Min Tenure Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KIND_TENURE__MIN_TENURE_YEARS = eINSTANCE.getKindTenure_MinTenureYears();

		/**
		 * The meta object literal for the '<em><b>Max Tenure Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KIND_TENURE__MAX_TENURE_YEARS = eINSTANCE.getKindTenure_MaxTenureYears();

		/**
		 * The meta object literal for the '<em><b>Estimate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KIND_TENURE__ESTIMATE = eINSTANCE.getKindTenure_Estimate();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.TenureEstimateImpl <em>Tenure Estimate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.TenureEstimateImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTenureEstimate()
		 * @generated
		 */
		EClass TENURE_ESTIMATE = eINSTANCE.getTenureEstimate();

		/**
		 * The meta object literal for the '<em><b>Fitted Min Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENURE_ESTIMATE__FITTED_MIN_YEARS = eINSTANCE.getTenureEstimate_FittedMinYears();

		/**
		 * The meta object literal for the '<em><b>Fitted Max Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENURE_ESTIMATE__FITTED_MAX_YEARS = eINSTANCE.getTenureEstimate_FittedMaxYears();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.AllowedTransferImpl <em>Allowed Transfer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.AllowedTransferImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAllowedTransfer()
		 * @generated
		 */
		EClass ALLOWED_TRANSFER = eINSTANCE.getAllowedTransfer();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOWED_TRANSFER__FROM = eINSTANCE.getAllowedTransfer_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOWED_TRANSFER__TO = eINSTANCE.getAllowedTransfer_To();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RotationRuleImpl <em>Rotation Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RotationRuleImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRotationRule()
		 * @generated
		 */
		EClass ROTATION_RULE = eINSTANCE.getRotationRule();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATION_RULE__ENABLED = eINSTANCE.getRotationRule_Enabled();

		/**
		 * The meta object literal for the '<em><b>Hard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATION_RULE__HARD = eINSTANCE.getRotationRule_Hard();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATION_RULE__WEIGHT = eINSTANCE.getRotationRule_Weight();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.NoMoveAfterCourseRuleImpl <em>No Move After Course Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.NoMoveAfterCourseRuleImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getNoMoveAfterCourseRule()
		 * @generated
		 */
		EClass NO_MOVE_AFTER_COURSE_RULE = eINSTANCE.getNoMoveAfterCourseRule();

		/**
		 * The meta object literal for the '<em><b>Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NO_MOVE_AFTER_COURSE_RULE__MONTHS = eINSTANCE.getNoMoveAfterCourseRule_Months();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.NoMoveDuringLargeProjectRuleImpl <em>No Move During Large Project Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.NoMoveDuringLargeProjectRuleImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getNoMoveDuringLargeProjectRule()
		 * @generated
		 */
		EClass NO_MOVE_DURING_LARGE_PROJECT_RULE = eINSTANCE.getNoMoveDuringLargeProjectRule();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.HeadcountBoundRuleImpl <em>Headcount Bound Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.HeadcountBoundRuleImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getHeadcountBoundRule()
		 * @generated
		 */
		EClass HEADCOUNT_BOUND_RULE = eINSTANCE.getHeadcountBoundRule();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HEADCOUNT_BOUND_RULE__PERSONA = eINSTANCE.getHeadcountBoundRule_Persona();

		/**
		 * The meta object literal for the '<em><b>Minimum Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADCOUNT_BOUND_RULE__MINIMUM_STEP = eINSTANCE.getHeadcountBoundRule_MinimumStep();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADCOUNT_BOUND_RULE__MINIMUM = eINSTANCE.getHeadcountBoundRule_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADCOUNT_BOUND_RULE__MAXIMUM = eINSTANCE.getHeadcountBoundRule_Maximum();

		/**
		 * The meta object literal for the '<em><b>Department Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADCOUNT_BOUND_RULE__DEPARTMENT_KIND = eINSTANCE.getHeadcountBoundRule_DepartmentKind();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.Step3ToLargeProjectsRuleImpl <em>Step3 To Large Projects Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.Step3ToLargeProjectsRuleImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getStep3ToLargeProjectsRule()
		 * @generated
		 */
		EClass STEP3_TO_LARGE_PROJECTS_RULE = eINSTANCE.getStep3ToLargeProjectsRule();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP3_TO_LARGE_PROJECTS_RULE__PERSONA = eINSTANCE.getStep3ToLargeProjectsRule_Persona();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.LeaveItAfterStepRuleImpl <em>Leave It After Step Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.LeaveItAfterStepRuleImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLeaveItAfterStepRule()
		 * @generated
		 */
		EClass LEAVE_IT_AFTER_STEP_RULE = eINSTANCE.getLeaveItAfterStepRule();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEAVE_IT_AFTER_STEP_RULE__PERSONA = eINSTANCE.getLeaveItAfterStepRule_Persona();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAVE_IT_AFTER_STEP_RULE__STEP = eINSTANCE.getLeaveItAfterStepRule_Step();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SpecialistStaysInItRuleImpl <em>Specialist Stays In It Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SpecialistStaysInItRuleImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSpecialistStaysInItRule()
		 * @generated
		 */
		EClass SPECIALIST_STAYS_IN_IT_RULE = eINSTANCE.getSpecialistStaysInItRule();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SpreadStepRuleImpl <em>Spread Step Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SpreadStepRuleImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSpreadStepRule()
		 * @generated
		 */
		EClass SPREAD_STEP_RULE = eINSTANCE.getSpreadStepRule();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPREAD_STEP_RULE__PERSONA = eINSTANCE.getSpreadStepRule_Persona();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPREAD_STEP_RULE__STEP = eINSTANCE.getSpreadStepRule_Step();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RecruitmentChannelImpl <em>Recruitment Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RecruitmentChannelImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRecruitmentChannel()
		 * @generated
		 */
		EClass RECRUITMENT_CHANNEL = eINSTANCE.getRecruitmentChannel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUITMENT_CHANNEL__KIND = eINSTANCE.getRecruitmentChannel_Kind();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECRUITMENT_CHANNEL__PERSONA = eINSTANCE.getRecruitmentChannel_Persona();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECRUITMENT_CHANNEL__DEPARTMENT = eINSTANCE.getRecruitmentChannel_Department();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECRUITMENT_CHANNEL__PLAN = eINSTANCE.getRecruitmentChannel_Plan();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUITMENT_CHANNEL__MONTH = eINSTANCE.getRecruitmentChannel_Month();

		/**
		 * The meta object literal for the '<em><b>Fill Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUITMENT_CHANNEL__FILL_PROBABILITY = eINSTANCE.getRecruitmentChannel_FillProbability();

		/**
		 * The meta object literal for the '<em><b>Pass Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUITMENT_CHANNEL__PASS_RATE = eINSTANCE.getRecruitmentChannel_PassRate();

		/**
		 * The meta object literal for the '<em><b>Lead Time Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUITMENT_CHANNEL__LEAD_TIME_MONTHS = eINSTANCE.getRecruitmentChannel_LeadTimeMonths();

		/**
		 * The meta object literal for the '<em><b>Cost Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUITMENT_CHANNEL__COST_PER_YEAR = eINSTANCE.getRecruitmentChannel_CostPerYear();

		/**
		 * The meta object literal for the '<em><b>Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUITMENT_CHANNEL__FTE = eINSTANCE.getRecruitmentChannel_Fte();

		/**
		 * The meta object literal for the '<em><b>Term Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUITMENT_CHANNEL__TERM_YEARS = eINSTANCE.getRecruitmentChannel_TermYears();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.YearlyCountImpl <em>Yearly Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.YearlyCountImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getYearlyCount()
		 * @generated
		 */
		EClass YEARLY_COUNT = eINSTANCE.getYearlyCount();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute YEARLY_COUNT__FISCAL_YEAR = eINSTANCE.getYearlyCount_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute YEARLY_COUNT__COUNT = eINSTANCE.getYearlyCount_Count();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.AttritionPolicyImpl <em>Attrition Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.AttritionPolicyImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAttritionPolicy()
		 * @generated
		 */
		EClass ATTRITION_POLICY = eINSTANCE.getAttritionPolicy();

		/**
		 * The meta object literal for the '<em><b>Rates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTRITION_POLICY__RATES = eINSTANCE.getAttritionPolicy_Rates();

		/**
		 * The meta object literal for the '<em><b>Specialist Without Track Multiplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRITION_POLICY__SPECIALIST_WITHOUT_TRACK_MULTIPLIER = eINSTANCE.getAttritionPolicy_SpecialistWithoutTrackMultiplier();

		/**
		 * The meta object literal for the '<em><b>Retirement Ages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTRITION_POLICY__RETIREMENT_AGES = eINSTANCE.getAttritionPolicy_RetirementAges();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.AttritionRateImpl <em>Attrition Rate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.AttritionRateImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAttritionRate()
		 * @generated
		 */
		EClass ATTRITION_RATE = eINSTANCE.getAttritionRate();

		/**
		 * The meta object literal for the '<em><b>Min Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRITION_RATE__MIN_AGE = eINSTANCE.getAttritionRate_MinAge();

		/**
		 * The meta object literal for the '<em><b>Max Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRITION_RATE__MAX_AGE = eINSTANCE.getAttritionRate_MaxAge();

		/**
		 * The meta object literal for the '<em><b>Employment Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRITION_RATE__EMPLOYMENT_TYPE = eINSTANCE.getAttritionRate_EmploymentType();

		/**
		 * The meta object literal for the '<em><b>Yearly Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRITION_RATE__YEARLY_RATE = eINSTANCE.getAttritionRate_YearlyRate();

		/**
		 * The meta object literal for the '<em><b>Estimate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ATTRITION_RATE__ESTIMATE = eINSTANCE.getAttritionRate_Estimate();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RateEstimateImpl <em>Rate Estimate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RateEstimateImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRateEstimate()
		 * @generated
		 */
		EClass RATE_ESTIMATE = eINSTANCE.getRateEstimate();

		/**
		 * The meta object literal for the '<em><b>Estimated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_ESTIMATE__ESTIMATED = eINSTANCE.getRateEstimate_Estimated();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_ESTIMATE__LOW = eINSTANCE.getRateEstimate_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_ESTIMATE__HIGH = eINSTANCE.getRateEstimate_High();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_ESTIMATE__EVENTS = eINSTANCE.getRateEstimate_Events();

		/**
		 * The meta object literal for the '<em><b>Exposure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_ESTIMATE__EXPOSURE = eINSTANCE.getRateEstimate_Exposure();

		/**
		 * The meta object literal for the '<em><b>First Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_ESTIMATE__FIRST_YEAR = eINSTANCE.getRateEstimate_FirstYear();

		/**
		 * The meta object literal for the '<em><b>Last Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_ESTIMATE__LAST_YEAR = eINSTANCE.getRateEstimate_LastYear();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_ESTIMATE__ALPHA = eINSTANCE.getRateEstimate_Alpha();

		/**
		 * The meta object literal for the '<em><b>Beta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_ESTIMATE__BETA = eINSTANCE.getRateEstimate_Beta();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RetirementAgeImpl <em>Retirement Age</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RetirementAgeImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRetirementAge()
		 * @generated
		 */
		EClass RETIREMENT_AGE = eINSTANCE.getRetirementAge();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETIREMENT_AGE__FISCAL_YEAR = eINSTANCE.getRetirementAge_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETIREMENT_AGE__AGE = eINSTANCE.getRetirementAge_Age();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.TargetImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__KIND = eINSTANCE.getTarget_Kind();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET__PERSONA = eINSTANCE.getTarget_Persona();

		/**
		 * The meta object literal for the '<em><b>Minimum Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__MINIMUM_STEP = eINSTANCE.getTarget_MinimumStep();

		/**
		 * The meta object literal for the '<em><b>Count By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__COUNT_BY = eINSTANCE.getTarget_CountBy();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__SCOPE = eINSTANCE.getTarget_Scope();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET__DEPARTMENT = eINSTANCE.getTarget_Department();

		/**
		 * The meta object literal for the '<em><b>Department Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__DEPARTMENT_KIND = eINSTANCE.getTarget_DepartmentKind();

		/**
		 * The meta object literal for the '<em><b>Course</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET__COURSE = eINSTANCE.getTarget_Course();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET__VALUES = eINSTANCE.getTarget_Values();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.TargetValueImpl <em>Target Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.TargetValueImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetValue()
		 * @generated
		 */
		EClass TARGET_VALUE = eINSTANCE.getTargetValue();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_VALUE__FISCAL_YEAR = eINSTANCE.getTargetValue_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_VALUE__VALUE = eINSTANCE.getTargetValue_Value();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RunResultImpl <em>Run Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RunResultImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRunResult()
		 * @generated
		 */
		EClass RUN_RESULT = eINSTANCE.getRunResult();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__SCENARIO = eINSTANCE.getRunResult_Scenario();

		/**
		 * The meta object literal for the '<em><b>Scenario File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__SCENARIO_FILE = eINSTANCE.getRunResult_ScenarioFile();

		/**
		 * The meta object literal for the '<em><b>Replications</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__REPLICATIONS = eINSTANCE.getRunResult_Replications();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__SEED = eINSTANCE.getRunResult_Seed();

		/**
		 * The meta object literal for the '<em><b>Input Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__INPUT_FINGERPRINT = eINSTANCE.getRunResult_InputFingerprint();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__CREATED_AT = eINSTANCE.getRunResult_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__ENGINE_VERSION = eINSTANCE.getRunResult_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Years</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__YEARS = eINSTANCE.getRunResult_Years();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.YearResultImpl <em>Year Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.YearResultImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getYearResult()
		 * @generated
		 */
		EClass YEAR_RESULT = eINSTANCE.getYearResult();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute YEAR_RESULT__FISCAL_YEAR = eINSTANCE.getYearResult_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference YEAR_RESULT__TARGETS = eINSTANCE.getYearResult_Targets();

		/**
		 * The meta object literal for the '<em><b>Counts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference YEAR_RESULT__COUNTS = eINSTANCE.getYearResult_Counts();

		/**
		 * The meta object literal for the '<em><b>Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference YEAR_RESULT__FLOWS = eINSTANCE.getYearResult_Flows();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.DistributionImpl <em>Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.DistributionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDistribution()
		 * @generated
		 */
		EClass DISTRIBUTION = eINSTANCE.getDistribution();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__MEAN = eINSTANCE.getDistribution_Mean();

		/**
		 * The meta object literal for the '<em><b>P10</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__P10 = eINSTANCE.getDistribution_P10();

		/**
		 * The meta object literal for the '<em><b>P50</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__P50 = eINSTANCE.getDistribution_P50();

		/**
		 * The meta object literal for the '<em><b>P90</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTRIBUTION__P90 = eINSTANCE.getDistribution_P90();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.TargetResultImpl <em>Target Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.TargetResultImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetResult()
		 * @generated
		 */
		EClass TARGET_RESULT = eINSTANCE.getTargetResult();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET_RESULT__TARGET = eINSTANCE.getTargetResult_Target();

		/**
		 * The meta object literal for the '<em><b>Target Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_RESULT__TARGET_NAME = eINSTANCE.getTargetResult_TargetName();

		/**
		 * The meta object literal for the '<em><b>Probability Met</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_RESULT__PROBABILITY_MET = eINSTANCE.getTargetResult_ProbabilityMet();

		/**
		 * The meta object literal for the '<em><b>Departments In Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_RESULT__DEPARTMENTS_IN_SCOPE = eINSTANCE.getTargetResult_DepartmentsInScope();

		/**
		 * The meta object literal for the '<em><b>Most Missed Department Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_RESULT__MOST_MISSED_DEPARTMENT_ID = eINSTANCE.getTargetResult_MostMissedDepartmentId();

		/**
		 * The meta object literal for the '<em><b>Most Missed Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_RESULT__MOST_MISSED_PROBABILITY = eINSTANCE.getTargetResult_MostMissedProbability();

		/**
		 * The meta object literal for the '<em><b>Department Misses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET_RESULT__DEPARTMENT_MISSES = eINSTANCE.getTargetResult_DepartmentMisses();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.CountResultImpl <em>Count Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.CountResultImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCountResult()
		 * @generated
		 */
		EClass COUNT_RESULT = eINSTANCE.getCountResult();

		/**
		 * The meta object literal for the '<em><b>Persona Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNT_RESULT__PERSONA_ID = eINSTANCE.getCountResult_PersonaId();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNT_RESULT__STEP = eINSTANCE.getCountResult_Step();

		/**
		 * The meta object literal for the '<em><b>By Skill</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNT_RESULT__BY_SKILL = eINSTANCE.getCountResult_BySkill();

		/**
		 * The meta object literal for the '<em><b>Department Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNT_RESULT__DEPARTMENT_ID = eINSTANCE.getCountResult_DepartmentId();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.FlowResultImpl <em>Flow Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.FlowResultImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getFlowResult()
		 * @generated
		 */
		EClass FLOW_RESULT = eINSTANCE.getFlowResult();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_RESULT__MEASURE = eINSTANCE.getFlowResult_Measure();

		/**
		 * The meta object literal for the '<em><b>Department Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW_RESULT__DEPARTMENT_ID = eINSTANCE.getFlowResult_DepartmentId();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.DepartmentMissImpl <em>Department Miss</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.DepartmentMissImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDepartmentMiss()
		 * @generated
		 */
		EClass DEPARTMENT_MISS = eINSTANCE.getDepartmentMiss();

		/**
		 * The meta object literal for the '<em><b>Department Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT_MISS__DEPARTMENT_ID = eINSTANCE.getDepartmentMiss_DepartmentId();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT_MISS__PROBABILITY = eINSTANCE.getDepartmentMiss_Probability();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.ExperimentImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__SCENARIO = eINSTANCE.getExperiment_Scenario();

		/**
		 * The meta object literal for the '<em><b>Scenario File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SCENARIO_FILE = eINSTANCE.getExperiment_ScenarioFile();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__TARGET = eINSTANCE.getExperiment_Target();

		/**
		 * The meta object literal for the '<em><b>Target Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__TARGET_NAME = eINSTANCE.getExperiment_TargetName();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__FISCAL_YEAR = eINSTANCE.getExperiment_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Replications</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__REPLICATIONS = eINSTANCE.getExperiment_Replications();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '<em><b>Input Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__INPUT_FINGERPRINT = eINSTANCE.getExperiment_InputFingerprint();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__CREATED_AT = eINSTANCE.getExperiment_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Elapsed Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__ELAPSED_SECONDS = eINSTANCE.getExperiment_ElapsedSeconds();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.LeverImpl <em>Lever</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.LeverImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLever()
		 * @generated
		 */
		EClass LEVER = eINSTANCE.getLever();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVER__KIND = eINSTANCE.getLever_Kind();

		/**
		 * The meta object literal for the '<em><b>Element Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVER__ELEMENT_ID = eINSTANCE.getLever_ElementId();

		/**
		 * The meta object literal for the '<em><b>Element Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVER__ELEMENT_NAME = eINSTANCE.getLever_ElementName();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.GoalSeekExperimentImpl <em>Goal Seek Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.GoalSeekExperimentImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getGoalSeekExperiment()
		 * @generated
		 */
		EClass GOAL_SEEK_EXPERIMENT = eINSTANCE.getGoalSeekExperiment();

		/**
		 * The meta object literal for the '<em><b>Lever</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL_SEEK_EXPERIMENT__LEVER = eINSTANCE.getGoalSeekExperiment_Lever();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_SEEK_EXPERIMENT__PROBABILITY = eINSTANCE.getGoalSeekExperiment_Probability();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_SEEK_EXPERIMENT__MINIMUM = eINSTANCE.getGoalSeekExperiment_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_SEEK_EXPERIMENT__MAXIMUM = eINSTANCE.getGoalSeekExperiment_Maximum();

		/**
		 * The meta object literal for the '<em><b>Feasible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_SEEK_EXPERIMENT__FEASIBLE = eINSTANCE.getGoalSeekExperiment_Feasible();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_SEEK_EXPERIMENT__ANSWER = eINSTANCE.getGoalSeekExperiment_Answer();

		/**
		 * The meta object literal for the '<em><b>Achieved Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_SEEK_EXPERIMENT__ACHIEVED_PROBABILITY = eINSTANCE.getGoalSeekExperiment_AchievedProbability();

		/**
		 * The meta object literal for the '<em><b>Probability Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_SEEK_EXPERIMENT__PROBABILITY_LOW = eINSTANCE.getGoalSeekExperiment_ProbabilityLow();

		/**
		 * The meta object literal for the '<em><b>Probability High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_SEEK_EXPERIMENT__PROBABILITY_HIGH = eINSTANCE.getGoalSeekExperiment_ProbabilityHigh();

		/**
		 * The meta object literal for the '<em><b>Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL_SEEK_EXPERIMENT__EVALUATIONS = eINSTANCE.getGoalSeekExperiment_Evaluations();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.LeverEvaluationImpl <em>Lever Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.LeverEvaluationImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getLeverEvaluation()
		 * @generated
		 */
		EClass LEVER_EVALUATION = eINSTANCE.getLeverEvaluation();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVER_EVALUATION__VALUE = eINSTANCE.getLeverEvaluation_Value();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVER_EVALUATION__PROBABILITY = eINSTANCE.getLeverEvaluation_Probability();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVER_EVALUATION__MEAN = eINSTANCE.getLeverEvaluation_Mean();

		/**
		 * The meta object literal for the '<em><b>Replications</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVER_EVALUATION__REPLICATIONS = eINSTANCE.getLeverEvaluation_Replications();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SweepExperimentImpl <em>Sweep Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SweepExperimentImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSweepExperiment()
		 * @generated
		 */
		EClass SWEEP_EXPERIMENT = eINSTANCE.getSweepExperiment();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP_EXPERIMENT__FIRST = eINSTANCE.getSweepExperiment_First();

		/**
		 * The meta object literal for the '<em><b>First Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_EXPERIMENT__FIRST_VALUES = eINSTANCE.getSweepExperiment_FirstValues();

		/**
		 * The meta object literal for the '<em><b>Second</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP_EXPERIMENT__SECOND = eINSTANCE.getSweepExperiment_Second();

		/**
		 * The meta object literal for the '<em><b>Second Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_EXPERIMENT__SECOND_VALUES = eINSTANCE.getSweepExperiment_SecondValues();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP_EXPERIMENT__POINTS = eINSTANCE.getSweepExperiment_Points();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SweepPointImpl <em>Sweep Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SweepPointImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSweepPoint()
		 * @generated
		 */
		EClass SWEEP_POINT = eINSTANCE.getSweepPoint();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_POINT__FIRST = eINSTANCE.getSweepPoint_First();

		/**
		 * The meta object literal for the '<em><b>Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_POINT__SECOND = eINSTANCE.getSweepPoint_Second();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP_POINT__VALUES = eINSTANCE.getSweepPoint_Values();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.TargetOutcomeImpl <em>Target Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.TargetOutcomeImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetOutcome()
		 * @generated
		 */
		EClass TARGET_OUTCOME = eINSTANCE.getTargetOutcome();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET_OUTCOME__TARGET = eINSTANCE.getTargetOutcome_Target();

		/**
		 * The meta object literal for the '<em><b>Target Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_OUTCOME__TARGET_NAME = eINSTANCE.getTargetOutcome_TargetName();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_OUTCOME__PROBABILITY = eINSTANCE.getTargetOutcome_Probability();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_OUTCOME__MEAN = eINSTANCE.getTargetOutcome_Mean();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SensitivityExperimentImpl <em>Sensitivity Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SensitivityExperimentImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSensitivityExperiment()
		 * @generated
		 */
		EClass SENSITIVITY_EXPERIMENT = eINSTANCE.getSensitivityExperiment();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSITIVITY_EXPERIMENT__PERCENT = eINSTANCE.getSensitivityExperiment_Percent();

		/**
		 * The meta object literal for the '<em><b>Base Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSITIVITY_EXPERIMENT__BASE_MEAN = eINSTANCE.getSensitivityExperiment_BaseMean();

		/**
		 * The meta object literal for the '<em><b>Base Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSITIVITY_EXPERIMENT__BASE_PROBABILITY = eINSTANCE.getSensitivityExperiment_BaseProbability();

		/**
		 * The meta object literal for the '<em><b>Bars</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SENSITIVITY_EXPERIMENT__BARS = eINSTANCE.getSensitivityExperiment_Bars();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SensitivityBarImpl <em>Sensitivity Bar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SensitivityBarImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSensitivityBar()
		 * @generated
		 */
		EClass SENSITIVITY_BAR = eINSTANCE.getSensitivityBar();

		/**
		 * The meta object literal for the '<em><b>Lever</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SENSITIVITY_BAR__LEVER = eINSTANCE.getSensitivityBar_Lever();

		/**
		 * The meta object literal for the '<em><b>Low Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSITIVITY_BAR__LOW_VALUE = eINSTANCE.getSensitivityBar_LowValue();

		/**
		 * The meta object literal for the '<em><b>High Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSITIVITY_BAR__HIGH_VALUE = eINSTANCE.getSensitivityBar_HighValue();

		/**
		 * The meta object literal for the '<em><b>Low Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSITIVITY_BAR__LOW_MEAN = eINSTANCE.getSensitivityBar_LowMean();

		/**
		 * The meta object literal for the '<em><b>High Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSITIVITY_BAR__HIGH_MEAN = eINSTANCE.getSensitivityBar_HighMean();

		/**
		 * The meta object literal for the '<em><b>Low Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSITIVITY_BAR__LOW_PROBABILITY = eINSTANCE.getSensitivityBar_LowProbability();

		/**
		 * The meta object literal for the '<em><b>High Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SENSITIVITY_BAR__HIGH_PROBABILITY = eINSTANCE.getSensitivityBar_HighProbability();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RegionImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__DESCRIPTION = eINSTANCE.getRegion_Description();

		/**
		 * The meta object literal for the '<em><b>Run Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__RUN_SETTINGS = eINSTANCE.getRegion_RunSettings();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__MEMBERS = eINSTANCE.getRegion_Members();

		/**
		 * The meta object literal for the '<em><b>Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__POOLS = eINSTANCE.getRegion_Pools();

		/**
		 * The meta object literal for the '<em><b>Courses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__COURSES = eINSTANCE.getRegion_Courses();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RegionMemberImpl <em>Region Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RegionMemberImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRegionMember()
		 * @generated
		 */
		EClass REGION_MEMBER = eINSTANCE.getRegionMember();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_MEMBER__SCENARIO = eINSTANCE.getRegionMember_Scenario();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_MEMBER__PRIORITY = eINSTANCE.getRegionMember_Priority();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_MEMBER__REQUESTS = eINSTANCE.getRegionMember_Requests();

		/**
		 * The meta object literal for the '<em><b>Course Requests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_MEMBER__COURSE_REQUESTS = eINSTANCE.getRegionMember_CourseRequests();

		/**
		 * The meta object literal for the '<em><b>Secondments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_MEMBER__SECONDMENTS = eINSTANCE.getRegionMember_Secondments();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.PoolRequestImpl <em>Pool Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.PoolRequestImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getPoolRequest()
		 * @generated
		 */
		EClass POOL_REQUEST = eINSTANCE.getPoolRequest();

		/**
		 * The meta object literal for the '<em><b>Pool</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL_REQUEST__POOL = eINSTANCE.getPoolRequest_Pool();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL_REQUEST__PERSONA = eINSTANCE.getPoolRequest_Persona();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL_REQUEST__DEPARTMENT = eINSTANCE.getPoolRequest_Department();

		/**
		 * The meta object literal for the '<em><b>Days</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL_REQUEST__DAYS = eINSTANCE.getPoolRequest_Days();

		/**
		 * The meta object literal for the '<em><b>When Short Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL_REQUEST__WHEN_SHORT_OF = eINSTANCE.getPoolRequest_WhenShortOf();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.PoolImpl <em>Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.PoolImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getPool()
		 * @generated
		 */
		EClass POOL = eINSTANCE.getPool();

		/**
		 * The meta object literal for the '<em><b>Initial Staff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__INITIAL_STAFF = eINSTANCE.getPool_InitialStaff();

		/**
		 * The meta object literal for the '<em><b>Days Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__DAYS_PER_WEEK = eINSTANCE.getPool_DaysPerWeek();

		/**
		 * The meta object literal for the '<em><b>Hires</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOL__HIRES = eINSTANCE.getPool_Hires();

		/**
		 * The meta object literal for the '<em><b>Hire Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__HIRE_MONTH = eINSTANCE.getPool_HireMonth();

		/**
		 * The meta object literal for the '<em><b>Fill Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__FILL_PROBABILITY = eINSTANCE.getPool_FillProbability();

		/**
		 * The meta object literal for the '<em><b>Term Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__TERM_YEARS = eINSTANCE.getPool_TermYears();

		/**
		 * The meta object literal for the '<em><b>Yearly Attrition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__YEARLY_ATTRITION = eINSTANCE.getPool_YearlyAttrition();

		/**
		 * The meta object literal for the '<em><b>Cost Per Person Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__COST_PER_PERSON_YEAR = eINSTANCE.getPool_CostPerPersonYear();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__STEP = eINSTANCE.getPool_Step();

		/**
		 * The meta object literal for the '<em><b>Allocation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__ALLOCATION = eINSTANCE.getPool_Allocation();

		/**
		 * The meta object literal for the '<em><b>Prefecture Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__PREFECTURE_SHARE = eINSTANCE.getPool_PrefectureShare();

		/**
		 * The meta object literal for the '<em><b>Member Sharing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__MEMBER_SHARING = eINSTANCE.getPool_MemberSharing();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.RegionCourseImpl <em>Region Course</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.RegionCourseImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRegionCourse()
		 * @generated
		 */
		EClass REGION_COURSE = eINSTANCE.getRegionCourse();

		/**
		 * The meta object literal for the '<em><b>Course Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_COURSE__COURSE_ID = eINSTANCE.getRegionCourse_CourseId();

		/**
		 * The meta object literal for the '<em><b>Seats</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_COURSE__SEATS = eINSTANCE.getRegionCourse_Seats();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_COURSE__MONTH = eINSTANCE.getRegionCourse_Month();

		/**
		 * The meta object literal for the '<em><b>Allocation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_COURSE__ALLOCATION = eINSTANCE.getRegionCourse_Allocation();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.CourseRequestImpl <em>Course Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.CourseRequestImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCourseRequest()
		 * @generated
		 */
		EClass COURSE_REQUEST = eINSTANCE.getCourseRequest();

		/**
		 * The meta object literal for the '<em><b>Course</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE_REQUEST__COURSE = eINSTANCE.getCourseRequest_Course();

		/**
		 * The meta object literal for the '<em><b>Seats</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE_REQUEST__SEATS = eINSTANCE.getCourseRequest_Seats();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.impl.SecondmentImpl <em>Secondment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.impl.SecondmentImpl
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getSecondment()
		 * @generated
		 */
		EClass SECONDMENT = eINSTANCE.getSecondment();

		/**
		 * The meta object literal for the '<em><b>Pool</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECONDMENT__POOL = eINSTANCE.getSecondment_Pool();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECONDMENT__PERSONA = eINSTANCE.getSecondment_Persona();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECONDMENT__DEPARTMENT = eINSTANCE.getSecondment_Department();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECONDMENT__STAFF = eINSTANCE.getSecondment_Staff();

		/**
		 * The meta object literal for the '<em><b>Term Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECONDMENT__TERM_YEARS = eINSTANCE.getSecondment_TermYears();

		/**
		 * The meta object literal for the '<em><b>Step On Return</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECONDMENT__STEP_ON_RETURN = eINSTANCE.getSecondment_StepOnReturn();

		/**
		 * The meta object literal for the '<em><b>Serving Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECONDMENT__SERVING_DAYS = eINSTANCE.getSecondment_ServingDays();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.MunicipalityKind <em>Municipality Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.MunicipalityKind
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getMunicipalityKind()
		 * @generated
		 */
		EEnum MUNICIPALITY_KIND = eINSTANCE.getMunicipalityKind();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.DepartmentKind <em>Department Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.DepartmentKind
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getDepartmentKind()
		 * @generated
		 */
		EEnum DEPARTMENT_KIND = eINSTANCE.getDepartmentKind();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.EmploymentType <em>Employment Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.EmploymentType
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getEmploymentType()
		 * @generated
		 */
		EEnum EMPLOYMENT_TYPE = eINSTANCE.getEmploymentType();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.Rank <em>Rank</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.Rank
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getRank()
		 * @generated
		 */
		EEnum RANK = eINSTANCE.getRank();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.Provider <em>Provider</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.Provider
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getProvider()
		 * @generated
		 */
		EEnum PROVIDER = eINSTANCE.getProvider();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.ChannelKind <em>Channel Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.ChannelKind
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getChannelKind()
		 * @generated
		 */
		EEnum CHANNEL_KIND = eINSTANCE.getChannelKind();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.TargetKind <em>Target Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.TargetKind
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetKind()
		 * @generated
		 */
		EEnum TARGET_KIND = eINSTANCE.getTargetKind();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.TargetScope <em>Target Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.TargetScope
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getTargetScope()
		 * @generated
		 */
		EEnum TARGET_SCOPE = eINSTANCE.getTargetScope();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.CountBasis <em>Count Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.CountBasis
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCountBasis()
		 * @generated
		 */
		EEnum COUNT_BASIS = eINSTANCE.getCountBasis();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.AllocationPolicy <em>Allocation Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.AllocationPolicy
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getAllocationPolicy()
		 * @generated
		 */
		EEnum ALLOCATION_POLICY = eINSTANCE.getAllocationPolicy();

		/**
		 * The meta object literal for the '{@link org.jinzai.model.CostSharing <em>Cost Sharing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jinzai.model.CostSharing
		 * @see org.jinzai.model.impl.JinzaiPackageImpl#getCostSharing()
		 * @generated
		 */
		EEnum COST_SHARING = eINSTANCE.getCostSharing();

	}

} //JinzaiPackage
